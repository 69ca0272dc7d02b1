package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The test support other modules use: it must hand out real, fresh, separate databases. */
class EmbeddedPostgresExtensionTest {

    @RegisterExtension
    static final EmbeddedPostgresExtension postgres = new EmbeddedPostgresExtension();

    @Test
    void gives_the_class_an_empty_database_reachable_by_its_address_user_and_password() throws SQLException {
        TestDatabase database = postgres.database();

        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            assertThat(single(connection, "select current_database()")).isEqualTo(database.name());
            assertThat(single(connection, "select count(*) from information_schema.tables where table_schema = 'public'"))
                    .isEqualTo("0");
        }
    }

    @Test
    void injects_the_same_database_as_a_parameter(TestDatabase database, DataSource dataSource) throws SQLException {
        assertThat(database).isSameAs(postgres.database());
        try (Connection connection = dataSource.getConnection()) {
            assertThat(single(connection, "select current_database()")).isEqualTo(database.name());
        }
    }

    @Test
    void creates_separate_databases_and_drops_them_on_close() throws SQLException {
        String name;
        try (TestDatabase other = TestDatabases.create("separate")) {
            name = other.name();
            assertThat(name).isNotEqualTo(postgres.database().name());
            assertThat(databaseExists(name)).isTrue();
        }
        assertThat(databaseExists(name)).isFalse();
    }

    @Nested
    class NestedTests {
        @Test
        void share_the_database_of_their_enclosing_class(TestDatabase database) {
            assertThat(database).isSameAs(postgres.database());
        }
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = postgres.database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1) == 1;
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery()) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
