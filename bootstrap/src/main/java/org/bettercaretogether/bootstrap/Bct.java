package org.bettercaretogether.bootstrap;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The {@code bct} command line: {@code serve} runs the service, {@code migrate} brings the schema up to date. */
@Command(name = "bct", mixinStandardHelpOptions = true, version = "Better Care Together platform 0.1.0",
        description = "The Better Care Together service for Morecambe Bay.",
        subcommands = {Bct.Serve.class, Bct.Migrate.class, CommandLine.HelpCommand.class})
public final class Bct implements Runnable {

    public static void main(String[] args) {
        // The service uses no method interception; without it Guice needs no bytecode generation (nor sun.misc.Unsafe).
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Bct())
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

        @Override
        public Integer call() throws InterruptedException {
            Platform platform = Platform.start(Configuration.fromEnvironment());
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

    @Command(name = "migrate", description = "Apply the schema migrations to the database and stop.")
    static final class Migrate implements Callable<Integer> {

        @Override
        public Integer call() {
            Platform.migrate(Configuration.fromEnvironment());
            System.out.println("The database schema is up to date.");
            return 0;
        }
    }
}
