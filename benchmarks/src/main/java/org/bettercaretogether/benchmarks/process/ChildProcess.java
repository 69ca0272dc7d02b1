package org.bettercaretogether.benchmarks.process;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A process the benchmark started: its output (standard output and error together) goes line by line to a log
 * file and to a listener, and its last lines are kept to explain a failure. Closing it asks it to stop (SIGTERM, so
 * a JVM runs its shutdown hooks and dumps its flight recording), then kills it and its descendants if it has not
 * stopped within {@value #GRACE_SECONDS} seconds.
 */
public final class ChildProcess implements AutoCloseable {

    private static final int GRACE_SECONDS = 30;
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final long startedNanos;
    private final Thread output;
    private final Deque<String> tail = new ArrayDeque<>();

    private ChildProcess(String name, Process process, long startedNanos, Path log, Consumer<String> lines)
            throws IOException {
        this.name = name;
        this.process = process;
        this.startedNanos = startedNanos;
        BufferedWriter writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        this.output = Thread.ofPlatform().name(name + "-output").daemon().start(() -> copy(writer, lines));
    }

    /**
     * Starts {@code command} with the benchmark's environment less every {@code BCT_} variable (so that a setting of
     * the person running it cannot leak into the service), plus {@code environment}.
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log,
                                     Consumer<String> lines) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("BCT_"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new ChildProcess(name, builder.start(), started, log, lines);
    }

    private void copy(BufferedWriter writer, Consumer<String> lines) {
        try (writer; var reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.write(line);
                writer.newLine();
                writer.flush();
                synchronized (tail) {
                    if (tail.size() == TAIL_LINES) {
                        tail.removeFirst();
                    }
                    tail.addLast(line);
                }
                lines.accept(line);
            }
        } catch (IOException ignored) {
            // the process ended; its output ends with it
        }
    }

    public String name() {
        return name;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** When it was started, on {@link System#nanoTime()}'s scale. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Waits for it to end by itself, and gives its exit code once its output is all read. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not finish within " + timeout.toMinutes() + " minutes");
        }
        output.join(Duration.ofSeconds(10));
        return process.exitValue();
    }

    /** Its last lines of output, to explain why it failed. */
    public String tail() {
        synchronized (tail) {
            return String.join(System.lineSeparator(), tail);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            // SIGTERM through the handle: Process.destroy() also closes the pipe the output comes through, and what the
            // process writes as it stops is then lost; a JVM writing its ahead-of-time cache as it stops loses the
            // cache too, as the child process that assembles it dies on its first line of output.
            process.toHandle().destroy();
            try {
                if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println(name + " did not stop within " + GRACE_SECONDS + " s; killing it");
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(GRACE_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException interrupted) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            output.join(Duration.ofSeconds(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts {@code command} and throws, with its last lines, unless it ends with exit code 0 in time. */
    public static void runToEnd(String name, List<String> command, Map<String, String> environment, Path log,
                                Consumer<String> lines, Duration timeout, Teardown teardown)
            throws InterruptedException {
        ChildProcess child;
        try {
            child = teardown.add(name, start(name, command, environment, log, lines));
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not start " + name, failure);
        }
        try {
            int exit = child.awaitExit(timeout);
            if (exit != 0) {
                throw new ChildProcessFailed(name, exit, child.tail(), log);
            }
        } finally {
            child.close();
            teardown.forget(child);
        }
    }
}
