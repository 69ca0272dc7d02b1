package org.bettercaretogether.persistence;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Finds out how PostgreSQL runs the queries a piece of work sends: a data source that notes every query read through
 * it, with the values bound to it, and asks PostgreSQL for the plan of each ({@code EXPLAIN (FORMAT JSON)}, the same
 * statement with the same values). The plans are read as JSON by PostgreSQL itself, with a JSON path.
 */
final class QueryPlans {

    /** A query as sent, with the calls that bound its values, to be sent again under {@code EXPLAIN}. */
    record Query(String sql, List<Binding> bindings) {
        @Override
        public String toString() {
            return sql;
        }
    }

    record Binding(Method method, Object[] arguments) {
    }

    private final DataSource database;
    private final List<Query> noted = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean noting;

    QueryPlans(DataSource database) {
        this.database = database;
    }

    /** The data source to hand the repositories: it is the database, and notes the queries while noting. */
    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, arguments) -> {
                    Object answer = invoke(database, method, arguments);
                    return answer instanceof Connection connection ? noting(connection) : answer;
                });
    }

    /** The queries {@code work} reads (not what it writes), in order. */
    List<Query> queriesOf(Runnable work) {
        noted.clear();
        noting = true;
        try {
            work.run();
        } finally {
            noting = false;
        }
        return List.copyOf(noted);
    }

    /** The tables PostgreSQL would read from end to end ("Seq Scan") to answer {@code query}, as it plans it now. */
    List<String> tablesScannedWhole(Query query) {
        String plan = plan(query, "format json");
        return withConnection(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select jsonb_path_query(cast(? as jsonb), "
                    + "'strict $.** ? (@.\"Node Type\" == \"Seq Scan\").\"Relation Name\"') #>> '{}'")) {
                read.setString(1, plan);
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                return tables;
            }
        });
    }

    /**
     * How many rows of {@code table} PostgreSQL reads to answer {@code query}, running it
     * ({@code EXPLAIN (ANALYZE, FORMAT JSON)}): the rows each scan of it returns and those it filters out, in every
     * loop.
     */
    long rowsRead(Query query, String table) {
        return sumOverScans(plan(query, "analyze, format json"), table, "(coalesce((node ->> 'Actual Rows')::numeric, 0)"
                + " + coalesce((node ->> 'Rows Removed by Filter')::numeric, 0)"
                + " + coalesce((node ->> 'Rows Removed by Index Recheck')::numeric, 0))"
                + " * coalesce((node ->> 'Actual Loops')::numeric, 1)");
    }

    /**
     * How many pages the scans of {@code table} read to answer {@code query}, running it
     * ({@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)}), from memory or from disk, the pages of the indexes they walk
     * included. A scan counts a page again each time it comes back to it after another, so rows read in an order that
     * jumps from page to page count a page each.
     */
    long pagesRead(Query query, String table) {
        return sumOverScans(plan(query, "analyze, buffers, format json"), table,
                "coalesce((node ->> 'Shared Hit Blocks')::numeric, 0) + coalesce((node ->> 'Shared Read Blocks')::numeric, 0)");
    }

    /** The plan of {@code query}, as {@code EXPLAIN} with {@code options} gives it for the same statement and values. */
    private String plan(Query query, String options) {
        return withConnection(connection -> {
            try (PreparedStatement explain = connection.prepareStatement("explain (" + options + ") " + query.sql())) {
                for (Binding binding : query.bindings()) {
                    invoke(explain, binding.method(), binding.arguments());
                }
                try (ResultSet rows = explain.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }

    /** The sum of {@code perNode}, a figure of a plan's {@code node}, over the nodes of {@code plan} that read {@code table}. */
    private long sumOverScans(String plan, String table, String perNode) {
        return withConnection(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select coalesce(sum(" + perNode + "), 0)::bigint"
                    + " from jsonb_path_query(cast(? as jsonb), 'strict $.** ? (@.\"Relation Name\" == $table)', "
                    + "jsonb_build_object('table', ?::text)) node")) {
                read.setString(1, plan);
                read.setString(2, table);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private interface WithConnection<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T withConnection(WithConnection<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.apply(connection);
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private Connection noting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, arguments) -> {
                    Object answer = invoke(connection, method, arguments);
                    if (answer instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                            && arguments[0] instanceof String sql && isQuery(sql)) {
                        return noting(statement, sql);
                    }
                    return answer;
                });
    }

    private PreparedStatement noting(PreparedStatement statement, String sql) {
        List<Binding> bindings = new ArrayList<>();
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
                    && arguments[0] instanceof Integer) {
                bindings.add(new Binding(method, arguments.clone()));
            }
            if (noting && method.getName().startsWith("execute")) {
                noted.add(new Query(sql, List.copyOf(bindings)));
            }
            return invoke(statement, method, arguments);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, handler);
    }

    private static boolean isQuery(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("select") || start.startsWith("with");
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws SQLException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof SQLException failed) {
                throw failed;
            }
            if (thrown.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (IllegalAccessException refused) {
            throw new IllegalStateException(refused);
        }
    }
}
