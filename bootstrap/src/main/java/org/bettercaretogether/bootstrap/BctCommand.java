package org.bettercaretogether.bootstrap;

import picocli.CommandLine;
import org.bettercaretogether.application.sampledata.SampleLoad;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.EmailAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The {@code bct} command line: {@code serve} runs the service, {@code migrate} brings the schema up to date,
 * {@code create-admin} creates an administrator with a one-time password, {@code sample-data} fills the database
 * with a sample programme.
 */
@Command(name = "bct", mixinStandardHelpOptions = true, version = "Better Care Together platform 0.1.0",
        description = "The Better Care Together service for Morecambe Bay.",
        subcommands = {BctCommand.Serve.class, BctCommand.Migrate.class, BctCommand.CreateAdmin.class, BctCommand.SampleData.class,
                CommandLine.HelpCommand.class})
public final class BctCommand implements Runnable {

    private final Map<String, String> environment;

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
        return new CommandLine(new BctCommand(environment))
                .setExecutionExceptionHandler((failure, commandLine, parsed) -> {
                    commandLine.getErr().println("bct: " + failure.getMessage());
                    return failure instanceof ConfigurationException ? 2 : 1;
                });
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
            Outcome<SampleLoad> outcome = RunningService.loadSampleData(bct.configuration(), request,
                    ProgressDisplay.forConsole(out));
            if (outcome instanceof Outcome.Rejected<SampleLoad> rejected) {
                spec.commandLine().getErr().println("bct: " + rejected.rejection().message()
                        + (rejected.rejection() instanceof Rejection.Conflict ? " Add --append to add to them." : ""));
                return 1;
            }
            SampleReport.print(out, request, outcome.orElseThrow(), Duration.ofNanos(System.nanoTime() - started));
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
