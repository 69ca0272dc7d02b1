package org.bettercaretogether.bootstrap;

import picocli.CommandLine;
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

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code bct} command line: {@code serve} runs the service, {@code migrate} brings the schema up to date,
 * {@code create-admin} creates an administrator with a one-time password.
 */
@Command(name = "bct", mixinStandardHelpOptions = true, version = "Better Care Together platform 0.1.0",
        description = "The Better Care Together service for Morecambe Bay.",
        subcommands = {Bct.Serve.class, Bct.Migrate.class, Bct.CreateAdmin.class, CommandLine.HelpCommand.class})
public final class Bct implements Runnable {

    private final Map<String, String> environment;

    Bct(Map<String, String> environment) {
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
        return new CommandLine(new Bct(environment))
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
        Bct bct;

        @Override
        public Integer call() throws InterruptedException {
            Platform platform = Platform.start(bct.configuration());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                platform.close();
                stopped.countDown();
            }, "bct-shutdown"));
            System.out.println("Better Care Together is ready at " + platform.url());
            stopped.await();
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
        Bct bct;

        @Override
        public Integer call() {
            EmailAddress address;
            try {
                address = new EmailAddress(email);
            } catch (InvalidValueException invalid) {
                spec.commandLine().getErr().println("bct: --email " + invalid.rule());
                return 2;
            }
            Outcome<AccountWithPassword> outcome = Platform.createAdministrator(bct.configuration(),
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

    @Command(name = "migrate", description = "Apply the schema migrations to the database and stop.")
    static final class Migrate implements Callable<Integer> {

        @ParentCommand
        Bct bct;

        @Override
        public Integer call() {
            Platform.migrate(bct.configuration());
            System.out.println("The database schema is up to date.");
            return 0;
        }
    }
}
