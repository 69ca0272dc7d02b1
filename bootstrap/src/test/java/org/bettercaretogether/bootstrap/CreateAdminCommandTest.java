package org.bettercaretogether.bootstrap;

import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code bct create-admin} against a real database, as an operator runs it. */
class CreateAdminCommandTest {

    private static TestDatabase database;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void database() {
        database = TestDatabases.create("create-admin");
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void it_creates_an_administrator_and_prints_a_one_time_password_stored_only_as_a_hash() throws Exception {
        CommandRun run = run("create-admin", "--email", "First.Admin@example.nhs.uk", "--name", "First Admin", "--partner", "rtx");

        assertThat(run.exitCode()).isZero();
        String password = run.out().lines().reduce((first, second) -> second).orElseThrow().strip();
        assertThat(password).matches("[A-Za-z0-9]{16}");
        try (Connection connection = database.dataSource().getConnection();
             ResultSet stored = connection.createStatement().executeQuery(
                     "select m.email, p.encoded, m.must_change_password from staff_member m "
                             + "join staff_password p on p.staff_member_id = m.id")) {
            assertThat(stored.next()).isTrue();
            assertThat(stored.getString(1)).isEqualTo("first.admin@example.nhs.uk");
            assertThat(stored.getString(2)).startsWith("$argon2id$").doesNotContain(password);
            assertThat(stored.getBoolean(3)).isTrue();
        }

        CommandRun again = run("create-admin", "--email", "first.admin@example.nhs.uk", "--partner", "RTX");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
    }

    @Test
    void an_unknown_partner_or_a_malformed_email_is_refused_with_the_option_named() {
        CommandRun unknownPartner = run("create-admin", "--email", "someone@example.nhs.uk", "--partner", "XYZ99");
        assertThat(unknownPartner.exitCode()).isEqualTo(1);
        assertThat(unknownPartner.err()).contains("--partner");

        CommandRun malformed = run("create-admin", "--email", "not-an-email", "--partner", "RTX");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("--email");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(Map.of(
                "BCT_DATA_DIR", dataDirectory.toString(),
                "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(),
                "BCT_DATABASE_PASSWORD", database.password()), args);
    }
}
