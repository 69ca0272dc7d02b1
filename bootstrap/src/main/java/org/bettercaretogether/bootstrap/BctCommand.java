package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.opendata.OpenDataSet;
import org.bettercaretogether.application.sampledata.SampleLoad;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.core.ConfigurationException;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.moderation.ViewsFile;
import org.bettercaretogether.web.opendata.OpenDataFiles;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The {@code bct} command line: {@code serve} runs the service, {@code migrate} brings the schema up to date,
 * {@code create-admin} creates an administrator with a one-time password, {@code sample-data} fills the database
 * with a sample programme, {@code import} enters a CSV file of views as the staff upload does, {@code export} writes
 * the open data sets to a folder as {@code /open-data} offers them.
 *
 * <p>Every command takes {@code --help} (and answers 0); a failure is one line naming the problem on standard error,
 * with the stack trace only under {@code --verbose}. Logging is set up before anything logs (see {@link LogSetup}):
 * a command other than {@code serve} logs only warnings, on standard error, so that its own output is all there is.
 */
@Command(name = "bct", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = BctCommand.BuildVersion.class,
        description = "The Better Care Together service for Morecambe Bay.",
        subcommands = {BctCommand.Serve.class, BctCommand.Migrate.class, BctCommand.CreateAdmin.class,
                BctCommand.SampleData.class, BctCommand.Import.class, BctCommand.Export.class,
                CommandLine.HelpCommand.class})
public final class BctCommand implements Runnable {

    private final Map<String, String> environment;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace as well as the problem.")
    boolean verbose;

    BctCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Configuration configuration() {
        return Configuration.from(environment);
    }

    public static void main(String[] args) {
        // The service uses no method interception; without it Guice needs no bytecode generation (nor sun.misc.Unsafe).
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /** The command line reading its settings from {@code environment}. */
    static CommandLine commandLine(Map<String, String> environment) {
        BctCommand bct = new BctCommand(environment);
        return new CommandLine(bct)
                .setExecutionStrategy(bct::execute)
                .setExecutionExceptionHandler((failure, commandLine, parsed) -> {
                    commandLine.getErr().println("bct: " + Failures.describe(failure));
                    if (Failures.verbose(parsed)) {
                        failure.printStackTrace(commandLine.getErr());
                    } else if (!(failure instanceof ConfigurationException)) {
                        commandLine.getErr().println("(--verbose shows where it failed)");
                    }
                    return failure instanceof ConfigurationException ? 2 : 1;
                });
    }

    /**
     * Answers help at once; otherwise sets logging up for the chosen command before anything logs, warns of
     * {@code BCT_} settings that nothing reads, and runs the command.
     */
    private int execute(ParseResult parsed) {
        Integer helped = CommandLine.executeHelpRequest(parsed);
        if (helped != null) {
            return helped;
        }
        ParseResult chosen = parsed;
        while (chosen.hasSubcommand()) {
            chosen = chosen.subcommand();
        }
        OperationsSettings operations;
        try {
            // these settings alone: reading them all would load classes whose loggers start logging too early
            operations = OperationsSettings.from(Configuration.settings(environment));
        } catch (ConfigurationException unreadable) {
            operations = OperationsSettings.defaults(); // the command reads the configuration again, and says why
        }
        LogSetup.configure(operations, chosen.commandSpec().userObject() instanceof Serve);
        List<String> unknown = Configuration.unknownSettings(environment);
        if (!unknown.isEmpty()) {
            LoggerFactory.getLogger(BctCommand.class).warn("Settings that this service does not read, and ignores "
                    + "(misspelt?): {}", String.join(", ", unknown));
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** The version of this build, which the build writes into a resource. */
    static final class BuildVersion implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[]{"Better Care Together platform " + version(),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }

        static String version() {
            Properties build = new Properties();
            try (InputStream in = BctCommand.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    build.load(in);
                }
            } catch (IOException unreadable) {
                // the version is then unknown, which the line says
            }
            return build.getProperty("version", "(version unknown)");
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    @Command(name = "serve", description = "Run the service until stopped (Ctrl+C), with the embedded PostgreSQL "
            + "unless BCT_DATABASE_URL names another.")
    static final class Serve implements Callable<Integer> {

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() throws InterruptedException {
            RunningService platform = RunningService.start(bct.configuration());
            System.out.println("Better Care Together is ready at " + platform.url());
            platform.awaitStop(); // SIGTERM or Ctrl+C: the service's own shutdown hook stops it, gracefully
            return 0;
        }
    }

    @Command(name = "create-admin", description = "Create an administrator and print a one-time password, to be "
            + "replaced at first sign-in. With the embedded database, stop the server first.")
    static final class CreateAdmin implements Callable<Integer> {

        @Option(names = "--email", required = true, description = "The administrator's email address.")
        String email;

        @Option(names = "--name", defaultValue = "Administrator", description = "How colleagues know them "
                + "(default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--partner", required = true, description = "The organisation they work for: its id or "
                + "its ODS or GSS code, such as RTX.")
        String partner;

        @Spec
        CommandSpec spec;

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() {
            EmailAddress address;
            try {
                address = new EmailAddress(email);
            } catch (InvalidValueException invalid) {
                spec.commandLine().getErr().println("bct: --email " + invalid.rule());
                return 2;
            }
            Outcome<AccountWithPassword> outcome = RunningService.createAdministrator(bct.configuration(),
                    address, name, partner);
            if (outcome instanceof Outcome.Rejected<AccountWithPassword> rejected) {
                String detail = rejected.rejection() instanceof Rejection.InvalidInput invalid
                        ? "--" + invalid.problems().getFirst().field() + " " + invalid.problems().getFirst().problem()
                        : rejected.rejection().message();
                spec.commandLine().getErr().println("bct: " + detail);
                return 1;
            }
            AccountWithPassword created = outcome.orElseThrow();
            spec.commandLine().getOut().println("Administrator created. One-time password (shown once; it must be "
                    + "changed at first sign-in at /staff/sign-in):");
            spec.commandLine().getOut().println(created.oneTimePassword());
            return 0;
        }
    }

    @Command(name = "sample-data", description = "Fill the database with a sample programme: staff of every role, "
            + "priorities, teams, meetings, changes made, and --views views over the last three years. The sample "
            + "staff's sign-in details are printed once. With the embedded database, stop the server first.")
    static final class SampleData implements Callable<Integer> {

        @Option(names = "--views", required = true, description = "How many views to add.")
        int views;

        @Option(names = "--seed", defaultValue = "1", description = "Chooses the sample; the same seed on the same "
                + "day gives the same data (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--append", description = "Add the views to a database that already holds some, reusing "
                + "the sample staff and programme of an earlier load.")
        boolean append;

        @Spec
        CommandSpec spec;

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() {
            SampleRequest request;
            try {
                request = new SampleRequest(views, seed, append);
            } catch (InvalidValueException invalid) {
                spec.commandLine().getErr().println("bct: --" + invalid.field() + " " + invalid.rule());
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            long started = System.nanoTime();
            Outcome<SampleLoad> outcome;
            try (ProgressDisplay display = ProgressDisplay.forConsole(out)) {
                outcome = RunningService.loadSampleData(bct.configuration(), request, display);
            }
            if (outcome instanceof Outcome.Rejected<SampleLoad> rejected) {
                spec.commandLine().getErr().println("bct: " + rejected.rejection().message()
                        + (rejected.rejection() instanceof Rejection.Conflict ? " Add --append to add to them." : ""));
                return 1;
            }
            SampleReport.print(out, request, outcome.orElseThrow(), Duration.ofNanos(System.nanoTime() - started));
            return 0;
        }
    }

    @Command(name = "import", description = "Enter the views of a CSV file, as staff upload one at "
            + "/staff/feedback/import (the same columns; the sample file is there): all of them, or none when any row "
            + "has a problem, each of which is listed. With the embedded database, stop the server first.")
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The CSV file of views (UTF-8, a header row naming the "
                + "columns).")
        Path file;

        @Option(names = "--by", required = true, description = "The email address of the staff account (a "
                + "moderator, engagement officer or administrator) in whose name the views are entered.")
        String by;

        @Spec
        CommandSpec spec;

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            EmailAddress staff;
            try {
                staff = new EmailAddress(by);
            } catch (InvalidValueException invalid) {
                err.println("bct: --by " + invalid.rule());
                return 2;
            }
            if (!Files.isRegularFile(file)) {
                err.println("bct: " + file + " is not a file that can be read");
                return 2;
            }
            Outcome<List<FeedbackReference>> outcome;
            try (ProgressDisplay display = ProgressDisplay.forConsole(out)) {
                display.step("Reading " + file.getFileName());
                outcome = RunningService.importViews(bct.configuration(), staff, Files.readAllBytes(file),
                        new ViewsFile.Progress() {
                            @Override
                            public void entering(int views) {
                                display.viewsStarting(views);
                            }

                            @Override
                            public void entered(int views) {
                                display.viewsWritten(views);
                            }
                        });
                display.viewsFinished();
            }
            if (outcome instanceof Outcome.Rejected<List<FeedbackReference>>(Rejection rejection)) {
                err.println("bct: nothing was imported from " + file + ":");
                if (rejection instanceof Rejection.InvalidInput invalid) {
                    invalid.problems().forEach(problem -> err.println("  " + problem.problem()));
                } else {
                    err.println("  " + rejection.message());
                }
                return 1;
            }
            out.printf(Locale.UK, "%,d view(s) imported from %s.%n", outcome.orElseThrow().size(), file);
            return 0;
        }
    }

    @Command(name = "export", description = "Write the open data, as /open-data offers it, to a folder: every data set "
            + "as CSV and JSON, with only what the public pages show. The service may go on running, unless it uses "
            + "the embedded database.")
    static final class Export implements Callable<Integer> {

        @Option(names = "--to", required = true, paramLabel = "FOLDER", description = "The folder to write the files "
                + "into; made if missing. Files of the same names are replaced.")
        Path to;

        @Spec
        CommandSpec spec;

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (Files.exists(to) && !Files.isDirectory(to)) {
                err.println("bct: --to " + to + " is a file, not a folder");
                return 2;
            }
            try {
                Files.createDirectories(to);
            } catch (IOException unmade) {
                err.println("bct: --to " + to + " cannot be made: " + Failures.describe(unmade));
                return 2;
            }
            if (!Files.isWritable(to)) {
                err.println("bct: --to " + to + " is not a folder this command may write to");
                return 2;
            }
            long started = System.nanoTime();
            OpenDataFiles.Written written = RunningService.exportOpenData(bct.configuration(), to);
            PrintWriter out = spec.commandLine().getOut();
            for (OpenDataSet set : OpenDataSet.values()) {
                out.printf(Locale.UK, "%-22s %,12d rows  %s.csv, %s.json%n", set.fileName(), written.rows().get(set),
                        set.fileName(), set.fileName());
            }
            out.printf(Locale.UK, "Open data as of %s written to %s in %.1f s (licence: %s).%n", written.dataAsOf(),
                    to.toAbsolutePath().normalize(), (System.nanoTime() - started) / 1e9, OpenDataSet.LICENCE);
            return 0;
        }
    }

    @Command(name = "migrate", description = "Apply the schema migrations to the database and stop.")
    static final class Migrate implements Callable<Integer> {

        @ParentCommand
        BctCommand bct;

        @Override
        public Integer call() {
            RunningService.migrate(bct.configuration());
            System.out.println("The database schema is up to date.");
            return 0;
        }
    }
}
