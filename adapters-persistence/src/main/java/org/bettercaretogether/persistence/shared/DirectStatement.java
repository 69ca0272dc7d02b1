package org.bettercaretogether.persistence.shared;

import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that jOOQ renders once, from the generated classes, and that then runs straight over JDBC at each call:
 * on the connection of the thread's transaction when there is one, on a connection of its own that commits at once
 * otherwise, exactly as a statement jOOQ runs.
 *
 * <p>For the few statements run for every view received and every message sent, jOOQ's work at each execution costs
 * more than the statement: for a statement kept as text, it builds a query part around the text, binds each value
 * through a data type it looks up, renders the text again and matches it against patterns to tell its kind. Under a
 * load of views, marking each message of the outbox sent took a fifth of the service's CPU that way. Run here, the
 * same statement costs the driver's work only, and PostgreSQL keeps it prepared on each connection.
 *
 * <p>What jOOQ's listeners do around a statement is done here too, through {@link Followers} that the shared context
 * carries: the tables the statement writes to are noted (so answers kept in memory move when it commits), and a
 * failure for want of the database is told as such. A context without them notes nothing and reports every failure
 * as jOOQ's {@link DataAccessException}.
 *
 * <p>Values are bound by the names of the query's parameters ({@code DSL.param("id", UUID.class)}), in whatever order
 * its text takes them; a parameter of an array type takes a Java array of the element's type.
 */
public final class DirectStatement {

    /** What the shared context does around its statements, done for a statement run past jOOQ. */
    public interface Followers {

        /** {@code sql} has run and written to the tables its text names. */
        void wrote(String sql);

        /** The exception to throw for {@code failure}, which ended {@code sql}. */
        RuntimeException failed(String sql, SQLException failure);
    }

    private static final String FOLLOWERS = DirectStatement.class.getName() + ".followers";

    /** A named parameter as jOOQ renders it: a colon and a name, never the second colon of a cast. */
    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<!:):([A-Za-z_][A-Za-z0-9_]*)");

    private static final Followers UNFOLLOWED = new Followers() {
        @Override
        public void wrote(String sql) {
        }

        @Override
        public RuntimeException failed(String sql, SQLException failure) {
            return new DataAccessException("SQL [" + sql + "]; " + failure.getMessage(), failure);
        }
    };

    /** Reads one row of a result; the result set stands on that row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final String sql;
    private final List<String> names;
    /** For each parameter taking an array, the SQL name of its elements' type; null for the others. */
    private final List<String> arrayElementTypes;
    private final boolean writes;

    private DirectStatement(String sql, List<String> names, List<String> arrayElementTypes, boolean writes) {
        this.sql = sql;
        this.names = names;
        this.arrayElementTypes = arrayElementTypes;
        this.writes = writes;
    }

    /** Has {@code configuration}'s statements run past jOOQ followed by {@code followers}. */
    public static void followedBy(Configuration configuration, Followers followers) {
        configuration.data(FOLLOWERS, Objects.requireNonNull(followers, "followers is required"));
    }

    /**
     * {@code query} rendered once by {@code dsl}, a write when {@code writes} (its tables are noted at each run).
     *
     * @throws IllegalArgumentException when a value of the query is not a named parameter
     */
    public static DirectStatement of(DSLContext dsl, Query query, boolean writes) {
        String indexed = dsl.renderContext().paramType(ParamType.INDEXED).render(query);
        String named = dsl.renderContext().paramType(ParamType.NAMED).render(query);
        Map<String, Param<?>> parameters = query.getParams();
        List<String> names = new ArrayList<>();
        List<String> arrayElementTypes = new ArrayList<>();
        Matcher parameter = NAMED_PARAMETER.matcher(named);
        while (parameter.find()) {
            Param<?> param = parameters.get(parameter.group(1));
            if (param == null || param.getParamName() == null) {
                throw new IllegalArgumentException("every value must be a named parameter: " + named);
            }
            names.add(param.getParamName());
            DataType<?> type = param.getDataType();
            // The driver finds an array's type by its elements' type name, which takes no precision.
            arrayElementTypes.add(type.isArray() ? type.getArrayComponentDataType().getTypeName(dsl.configuration())
                    : null);
        }
        long placeholders = indexed.chars().filter(c -> c == '?').count();
        if (placeholders != names.size()) {
            throw new IllegalArgumentException("every value must be a named parameter: " + named);
        }
        return new DirectStatement(indexed, List.copyOf(names), java.util.Collections.unmodifiableList(arrayElementTypes),
                writes);
    }

    /** The statement's text, as it goes to the database. */
    public String sql() {
        return sql;
    }

    /** Runs the statement with {@code values} by parameter name; the number of rows it changed. */
    public int execute(DSLContext dsl, Map<String, ?> values) {
        return run(dsl, values, PreparedStatement::executeUpdate);
    }

    /** Runs the statement with {@code values} by parameter name; its rows, each read by {@code reader}. */
    public <T> List<T> fetch(DSLContext dsl, Map<String, ?> values, RowReader<T> reader) {
        return run(dsl, values, statement -> {
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        });
    }

    private interface Execution<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(DSLContext dsl, Map<String, ?> values, Execution<T> execution) {
        Followers followers = followersOf(dsl.configuration());
        T result = dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, values);
                return execution.on(statement);
            } catch (SQLException failure) {
                throw followers.failed(sql, failure);
            }
        });
        if (writes) {
            followers.wrote(sql);
        }
        return result;
    }

    private void bind(Connection connection, PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for the parameter " + name);
            }
            Object value = values.get(name);
            String elementType = arrayElementTypes.get(i);
            statement.setObject(i + 1, elementType == null || value == null ? value
                    : connection.createArrayOf(elementType, (Object[]) value));
        }
    }

    private static Followers followersOf(Configuration configuration) {
        return configuration.data(FOLLOWERS) instanceof Followers followers ? followers : UNFOLLOWED;
    }
}
