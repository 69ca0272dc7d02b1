package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
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

/** The test support's migrated databases: every migration applied, and each a database of its own. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class MigratedSchemaTest {

    @Test
    void a_class_marked_migrated_schema_gets_every_migration_applied_and_nothing_left_to_do(DataSource dataSource)
            throws IOException, SQLException {
        long migrationFiles;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrationFiles = files.filter(file -> file.getFileName().toString().matches("V\\d+(_\\d+)*__.+\\.sql")).count();
        }

        assertThat(count(dataSource, "select count(*) from flyway_schema_history where success and version is not null"))
                .isEqualTo(migrationFiles);
        assertThat(SchemaMigrations.migrate(dataSource)).isZero();
    }

    @Test
    void each_migrated_database_is_a_copy_of_its_own(TestDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table only_in_this_copy (id int)");
        }

        try (TestDatabase other = TestDatabases.createMigrated("another")) {
            assertThat(other.name()).isNotEqualTo(database.name());
            assertThat(count(other.dataSource(), "select count(*) from information_schema.tables "
                    + "where table_name = 'only_in_this_copy'")).isZero();
            assertThat(SchemaMigrations.migrate(other.dataSource())).isZero();
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
