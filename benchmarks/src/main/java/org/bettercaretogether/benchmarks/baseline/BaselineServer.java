package org.bettercaretogether.benchmarks.baseline;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson3;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;

/**
 * The bare ceiling the service is compared with: Javalin 7 on virtual threads, a HikariCP pool of 10 and plain JDBC
 * on the same database, doing the least that each kind of request needs, with nothing of the service's own
 * (no security headers, templates, validation, audit, rate limits).
 * <ul>
 *   <li>{@code GET /json/{slug}}: one row of {@code community}, by its slug, as JSON (Jackson);</li>
 *   <li>{@code GET /html}: a small HTML page of the twelve communities' names and slugs, escaped;</li>
 *   <li>{@code POST /insert}: inserts the JSON body's {@code text} into a table of its own,
 *       {@code benchmark_baseline.item}, commits and answers the new id (201).</li>
 *   <li>{@code GET /ready}: 200 once it serves.</li>
 * </ul>
 * Started by the benchmark as a child process ({@code java -cp bct-benchmarks.jar ...BaselineServer}), configured by
 * environment variables.
 */
public final class BaselineServer {

    public static final String DATABASE_URL = "BASELINE_DATABASE_URL";
    public static final String DATABASE_USER = "BASELINE_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "BASELINE_DATABASE_PASSWORD";
    public static final String PORT = "BASELINE_PORT";
    public static final String READY = "/ready";
    static final int POOL_SIZE = 10;

    private final HikariDataSource pool;

    private BaselineServer(HikariDataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("baseline");
        config.setJdbcUrl(required(DATABASE_URL));
        config.setUsername(required(DATABASE_USER));
        config.setPassword(System.getenv(DATABASE_PASSWORD));
        config.setMaximumPoolSize(POOL_SIZE);
        HikariDataSource pool = new HikariDataSource(config);
        createTable(pool);

        BaselineServer server = new BaselineServer(pool);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.jsonMapper(new JavalinJackson3(JavalinJackson3.defaultMapper(), true));
            cfg.routes.get("/json/{slug}", server::community);
            cfg.routes.get("/html", server::communitiesPage);
            cfg.routes.post("/insert", server::insert);
            cfg.routes.get(READY, ctx -> ctx.result("ready"));
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            pool.close();
        }, "baseline-shutdown"));
        app.start(Integer.parseInt(required(PORT)));
    }

    private static void createTable(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create schema if not exists benchmark_baseline");
            statement.execute("""
                    create table if not exists benchmark_baseline.item (
                        id         bigint generated always as identity primary key,
                        text       text        not null,
                        created_at timestamptz not null default now()
                    )""");
        }
    }

    /** One community, as the service's API would give its main facts. */
    record Community(String id, String slug, String name, Integer population, String stage, long version) {
    }

    /** What {@code POST /insert} reads. */
    record Item(String text) {
    }

    private void community(Context ctx) throws SQLException {
        try (Connection connection = pool.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select id, slug, name, population, stage, version from community where slug = ?")) {
            query.setString(1, ctx.pathParam("slug"));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    ctx.status(HttpStatus.NOT_FOUND).json(Map.of("title", "Not found"));
                    return;
                }
                ctx.json(new Community(row.getString(1), row.getString(2), row.getString(3),
                        (Integer) row.getObject(4), row.getString(5), row.getLong(6)));
            }
        }
    }

    private void communitiesPage(Context ctx) throws SQLException {
        StringBuilder page = new StringBuilder(2048).append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Communities</title></head>
                <body><h1>Integrated Care Communities</h1><ul>
                """);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select name, slug from community order by name")) {
            while (rows.next()) {
                page.append("<li><a href=\"/communities/").append(escape(rows.getString(2))).append("\">")
                        .append(escape(rows.getString(1))).append("</a></li>\n");
            }
        }
        ctx.html(page.append("</ul></body></html>\n").toString());
    }

    private void insert(Context ctx) throws SQLException {
        Item item = ctx.bodyAsClass(Item.class);
        if (item.text() == null || item.text().isBlank()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("title", "text is required"));
            return;
        }
        try (Connection connection = pool.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into benchmark_baseline.item (text) values (?) returning id")) {
            insert.setString(1, item.text());
            try (ResultSet id = insert.executeQuery()) { // the pool's connections auto-commit
                id.next();
                ctx.status(HttpStatus.CREATED).json(Map.of("id", id.getLong(1)));
            }
        }
    }

    /** HTML-escapes text for an element or a quoted attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String required(String variable) {
        return Objects.requireNonNull(System.getenv(variable), variable + " must be set");
    }
}
