package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code bct} command line as a person meets it: help, version, failures, and {@code import}. */
class CommandLineTest {

    private static TestDatabase database;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void database() {
        database = TestDatabases.create("command-line");
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void every_command_answers_help_with_its_usage_and_exit_code_zero() {
        List<List<String>> commands = new ArrayList<>();
        collect(BctCommand.commandLine(Map.of()), new ArrayList<>(), commands);
        assertThat(commands).extracting(command -> String.join(" ", command))
                .contains("", "serve", "migrate", "create-admin", "sample-data", "import", "export", "help");

        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            CommandRun run = CommandRun.of(Map.of(), args.toArray(String[]::new));
            assertThat(run.exitCode()).as("bct %s --help", String.join(" ", command)).isZero();
            assertThat(run.out()).as("bct %s --help", String.join(" ", command)).contains("Usage: bct");
            assertThat(run.err()).as("bct %s --help", String.join(" ", command)).isEmpty();
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> found) {
        found.add(List.copyOf(path));
        command.getSubcommands().forEach((name, subcommand) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(subcommand, deeper, found);
        });
    }

    @Test
    void the_version_is_the_one_the_build_wrote() {
        CommandRun run = CommandRun.of(Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Better Care Together platform 0.").doesNotContain("unknown");
    }

    @Test
    void a_failure_names_its_problem_in_one_line_and_the_stack_trace_only_when_asked() {
        Map<String, String> wrongPort = Map.of("BCT_PORT", "seventy", "BCT_DATA_DIR", dataDirectory.toString());

        CommandRun plain = CommandRun.of(wrongPort, "migrate");
        assertThat(plain.exitCode()).isEqualTo(2);
        assertThat(plain.err()).isEqualTo("bct: BCT_PORT must be a port number from 0 to 65535, not 'seventy'"
                + System.lineSeparator());

        CommandRun verbose = CommandRun.of(wrongPort, "migrate", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.err()).contains("bct: BCT_PORT must be").contains("\tat org.bettercaretogether.");
    }

    @Test
    void a_failure_without_a_message_is_named_by_its_kind_never_as_null() {
        assertThat(Failures.describe(new IllegalStateException()))
                .isEqualTo("an unexpected IllegalStateException, with no message");
        assertThat(Failures.describe(new IllegalStateException(new java.io.IOException("disk full"))))
                .contains("disk full");
    }

    @Test
    void import_enters_every_view_of_a_file_as_the_staff_upload_does_or_none_and_lists_each_row_at_fault()
            throws Exception {
        RunningService.createAdministrator(Configuration.from(environment()),
                new EmailAddress("importer@example.nhs.uk"), "Importer", "RTX").orElseThrow();
        Path broken = dataDirectory.resolve("broken.csv");
        Files.writeString(broken, "about,role,text,channel,received_on\r\n"
                + "programme,patient,,letter,2025-03-03\r\n"
                + "programme,astronaut,Good,letter,2025-03-03\r\n");

        CommandRun refused = CommandRun.of(environment(), "import", "--by", "importer@example.nhs.uk",
                broken.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("nothing was imported").contains("Row 1: text").contains("Row 2: role");
        assertThat(storedViews()).isZero();

        Path file = dataDirectory.resolve("views.csv");
        Files.writeString(file, "about,slug,role,text,channel,received_on\r\n"
                + "community,kendal,patient,The evening clinic is a help.,letter,2025-03-03\r\n"
                + "workstream,elective-care,member_of_public,Keep operations close to home.,meeting,2025-03-12\r\n");

        CommandRun imported = CommandRun.of(environment(), "import", "--by", "importer@example.nhs.uk",
                file.toString());

        assertThat(imported.err()).isEmpty();
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("2 view(s) imported");
        assertThat(storedViews()).isEqualTo(2);

        CommandRun stranger = CommandRun.of(environment(), "import", "--by", "nobody@example.nhs.uk",
                file.toString());
        assertThat(stranger.exitCode()).isEqualTo(1);
        assertThat(stranger.err()).contains("active staff account");
    }

    @Test
    void export_writes_every_open_data_file_to_the_folder_and_refuses_a_folder_that_is_a_file() throws Exception {
        Path folder = dataDirectory.resolve("open data");

        CommandRun exported = CommandRun.of(environment(), "export", "--to", folder.toString());

        assertThat(exported.err()).isEmpty();
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("partners").contains("Open data as of").contains(folder.toString());
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .contains("published-views.csv", "published-views.json", "partners.csv", "workstreams.json",
                            "community-projects.csv")
                    .hasSize(2 * OpenDataSet.values().length);
        }
        assertThat(Files.readString(folder.resolve("partners.csv"))).startsWith("id,name,kind,ods_code,");

        Path aFile = dataDirectory.resolve("not-a-folder.txt");
        Files.writeString(aFile, "a file");
        CommandRun refused = CommandRun.of(environment(), "export", "--to", aFile.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("bct: --to " + aFile + " is a file, not a folder" + System.lineSeparator());

        CommandRun missing = CommandRun.of(environment(), "export");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--to").doesNotContain("\tat ");
    }

    private Map<String, String> environment() {
        return Map.of("BCT_DATA_DIR", dataDirectory.toString(), "BCT_DATABASE_URL", database.jdbcUrl(),
                "BCT_DATABASE_USER", database.user(), "BCT_DATABASE_PASSWORD", database.password());
    }

    private static int storedViews() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet count = connection.createStatement().executeQuery("select count(*) from feedback")) {
            count.next();
            return count.getInt(1);
        }
    }
}
