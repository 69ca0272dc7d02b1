package org.bettercaretogether.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.TcpRelay;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How long the pool and the driver wait on a database that is away, silent, or slow. */
@ExtendWith(EmbeddedPostgresExtension.class)
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails, rather than hangs, if one waits
class DatabaseTimeoutsTest {

    private static final DatabaseTimeouts SHORT =
            new DatabaseTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2));

    @Test
    void by_default_a_caller_waits_2_s_for_a_connection_from_a_database_gone_away_rather_than_30(
            TestDatabase database) throws SQLException {
        try (TcpRelay network = TcpRelay.to(port(database));
             HikariDataSource pool = ConnectionPool.open(network.through(database.jdbcUrl()), database.user(),
                     database.password(), 1)) {
            network.refuse();
            assertThatThrownBy(() -> select1(pool)).as("the connection the pool held, lost")
                    .isInstanceOf(SQLException.class);

            long started = System.nanoTime();
            assertThatThrownBy(() -> select1(pool)).isInstanceOf(SQLTransientConnectionException.class);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(waited).isLessThan(Duration.ofSeconds(3))
                    .isGreaterThanOrEqualTo(DatabaseTimeouts.DEFAULTS.connection());
        }
    }

    @Test
    void the_server_cancels_a_statement_that_runs_past_the_statement_timeout(TestDatabase database) {
        try (HikariDataSource pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 1,
                SHORT)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> execute(pool, "select pg_sleep(10)")).isInstanceOf(SQLException.class)
                    .satisfies(failure -> assertThat(((SQLException) failure).getSQLState()).isEqualTo("57014"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void the_driver_gives_up_on_a_server_gone_silent_after_the_socket_timeout(TestDatabase database)
            throws SQLException {
        try (TcpRelay network = TcpRelay.to(port(database));
             HikariDataSource pool = ConnectionPool.open(network.through(database.jdbcUrl()), database.user(),
                     database.password(), 1, SHORT);
             Connection connection = pool.getConnection()) {
            network.silence();

            long started = System.nanoTime();
            assertThatThrownBy(() -> connection.createStatement().execute("select 1"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(failure -> assertThat(((SQLException) failure).getSQLState()).startsWith("08"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void commands_that_load_in_bulk_put_no_limit_on_a_statement() {
        DatabaseTimeouts unlimited = DatabaseTimeouts.DEFAULTS.withoutStatementLimits();

        assertThat(unlimited.statement()).isZero();
        assertThat(unlimited.socket()).isZero();
        assertThat(unlimited.connection()).isEqualTo(DatabaseTimeouts.DEFAULTS.connection());
    }

    @Test
    void refuses_a_socket_timeout_that_would_cut_a_statement_before_the_server_cancels_it() {
        assertThatThrownBy(() -> new DatabaseTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(10))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("socket");
        assertThatThrownBy(() -> new DatabaseTimeouts(Duration.ofMillis(500), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connection");
    }

    private static void select1(HikariDataSource pool) throws SQLException {
        execute(pool, "select 1");
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int port(TestDatabase database) {
        return Integer.parseInt(database.jdbcUrl().replaceFirst(".*://[^:/]+:(\\d+)/.*", "$1"));
    }
}
