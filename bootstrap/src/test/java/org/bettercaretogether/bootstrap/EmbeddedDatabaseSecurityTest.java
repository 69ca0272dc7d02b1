package org.bettercaretogether.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class EmbeddedDatabaseSecurityTest {

    @TempDir
    Path dataDirectory;

    @Test
    void no_one_connects_without_the_password_and_the_service_is_not_a_superuser() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            String url = "jdbc:postgresql://localhost:" + database.port() + "/postgres";

            Throwable superuserWithout = catchThrowable(() -> DriverManager.getConnection(url, "postgres", ""));
            Throwable serviceWithout = catchThrowable(() -> DriverManager.getConnection(url, DatabaseRoles.SERVICE, ""));
            Throwable wrong = catchThrowable(() -> DriverManager.getConnection(url, "postgres", "postgres"));

            assertThat(superuserWithout).isInstanceOf(SQLException.class);
            assertThat(serviceWithout).isInstanceOf(SQLException.class);
            assertThat(wrong).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            DatabaseAddress address = database.address();
            assertThat(address.user()).isEqualTo(DatabaseRoles.SERVICE);
            SchemaMigrations.migrate(address.jdbcUrl(), address.user(), address.password());
            try (Connection service = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password())) {
                assertThat(text(service, "select rolsuper::text from pg_roles where rolname = current_user"))
                        .isEqualTo("false");
                assertThat(text(service, "select count(*)::text from pg_class where relnamespace = 'public'::regnamespace"
                        + " and relowner <> current_user::regrole")).isEqualTo("0");
            }
            assertThat(Files.getPosixFilePermissions(dataDirectory.resolve(DatabaseRoles.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void a_data_directory_made_before_passwords_keeps_its_data_and_is_handed_to_the_service() throws Exception {
        // As the earlier version made it: a superuser with no password, every local connection trusted, the schema
        // migrated by the superuser, who owns every table.
        Path postgresData = dataDirectory.resolve("postgres");
        Files.createDirectories(postgresData);
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(postgresData)
                .setCleanDataDirectory(false).start()) {
            String url = earlier.getJdbcUrl("postgres", "postgres");
            SchemaMigrations.migrate(url, "postgres", "");
            try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
                 Statement sql = superuser.createStatement()) {
                sql.execute("insert into theme (id, name, in_use, version) values (gen_random_uuid(), 'Kept across the upgrade', true, 1)");
            }
        }

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(dataDirectory)) {
            DatabaseAddress address = upgraded.address();
            assertThat(SchemaMigrations.migrate(address.jdbcUrl(), address.user(), address.password())).isZero();
            try (Connection service = DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password())) {
                assertThat(text(service, "select name from theme where name = 'Kept across the upgrade'"))
                        .isEqualTo("Kept across the upgrade");
                try (Statement sql = service.createStatement()) {
                    sql.execute("insert into theme (id, name, in_use, version) values (gen_random_uuid(), 'Written by the service', true, 1)");
                }
            }
            assertThat(catchThrowable(() -> DriverManager.getConnection(address.jdbcUrl(), "postgres", "")))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static String text(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
