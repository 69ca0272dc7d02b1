package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(EmbeddedPostgresExtension.class)
class SchemaMigrationsTest {

    @Test
    void applies_every_migration_to_an_empty_database_then_nothing_on_a_second_run(DataSource dataSource)
            throws IOException {
        long migrationFiles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(file -> file.getFileName().toString().matches("V\\d+(_\\d+)*__.+\\.sql")).count();
        }

        int first = SchemaMigrations.migrate(dataSource);
        int second = SchemaMigrations.migrate(dataSource);

        assertThat(migrationFiles).isPositive();
        assertThat(first).isEqualTo(migrationFiles);
        assertThat(second).isZero();
    }

    @Test
    void stops_loudly_and_leaves_nothing_half_done_when_a_migration_fails() throws SQLException {
        try (TestDatabase database = TestDatabases.create("brokenmigration")) {
            assertThatThrownBy(() -> SchemaMigrations.migrate(database.dataSource(), "classpath:db/broken"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("could not be migrated")
                    .hasMessageContaining("table_that_does_not_exist");

            assertThat(tableExists(database.dataSource(), "half_done")).isFalse();
        }
    }

    @Test
    void refuses_to_run_when_the_migrations_cannot_be_found() {
        try (TestDatabase database = TestDatabases.create("nomigrations")) {
            assertThatThrownBy(() -> SchemaMigrations.migrate(database.dataSource(), "classpath:db/nowhere"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("db/nowhere");
        }
    }

    @Test
    void text_kept_before_the_rule_on_control_characters_loses_them_and_keeps_its_words() throws SQLException {
        try (TestDatabase database = TestDatabases.create("controlcharacters")) {
            Flyway.configure().dataSource(database.dataSource()).locations(SchemaMigrations.LOCATION).target("8")
                    .load().migrate();
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("insert into partner (id, name, kind, role, version) values (gen_random_uuid(),"
                        + " E'Lancashire\\u0007County\\u000bCouncil', 'LOCAL_AUTHORITY', E'Social\\tcare\\nfor adults', 0)");
            }

            SchemaMigrations.migrate(database.dataSource());

            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet partner = statement.executeQuery("select name, role from partner")) {
                assertThat(partner.next()).isTrue();
                assertThat(partner.getString("name")).isEqualTo("Lancashire County Council");
                assertThat(partner.getString("role")).as("tabs and line breaks are text").isEqualTo("Social\tcare\nfor adults");
            }
        }
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, "public", table, null)) {
            return tables.next();
        }
    }
}
