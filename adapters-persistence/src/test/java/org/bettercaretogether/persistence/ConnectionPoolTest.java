package org.bettercaretogether.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(EmbeddedPostgresExtension.class)
class ConnectionPoolTest {

    @Test
    void opens_a_named_pool_of_connections_to_the_given_database(TestDatabase database) throws SQLException {
        try (HikariDataSource pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password());
             Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_database()")) {

            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo(database.name());
            assertThat(pool.getPoolName()).isEqualTo(ConnectionPool.POOL_NAME);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(ConnectionPool.DEFAULT_MAXIMUM_SIZE);
        }
    }

    @Test
    void fails_while_opening_when_the_database_does_not_exist(TestDatabase database) {
        String missing = database.jdbcUrl().replace(database.name(), "no_such_database");

        assertThatThrownBy(() -> ConnectionPool.open(missing, database.user(), database.password()).close())
                .hasMessageContaining("no_such_database");
    }

    @Test
    void refuses_a_blank_address_or_an_empty_pool() {
        assertThatThrownBy(() -> ConnectionPool.open(" ", "postgres", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbcUrl");
        assertThatThrownBy(() -> ConnectionPool.open("jdbc:postgresql://localhost/bct", "postgres", null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumSize");
    }
}
