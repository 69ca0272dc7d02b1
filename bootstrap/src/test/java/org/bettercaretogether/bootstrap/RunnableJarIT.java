package org.bettercaretogether.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar bct.jar serve}, run as a person runs it, and stopped as a person stops it. */
@Order(1)
class RunnableJarIT {

    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/");

    @TempDir
    Path dataDirectory;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void the_jar_serves_the_directory_and_stops_its_database_on_a_polite_stop() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", System.getProperty("bct.jar"), "serve"))
                .redirectErrorStream(true);
        builder.environment().put("BCT_PORT", "0");
        builder.environment().put("BCT_DATA_DIR", dataDirectory.toString());
        builder.environment().remove("BCT_DATABASE_URL");
        process = builder.start();

        int port = awaitReadyPort(process, 90, Path.of("target/jar-run.log"));
        Http http = new Http(port);
        assertThat(http.count("/api/v1/communities")).isEqualTo(12);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);

        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the server stops within 30 s").isTrue();
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped with it").doesNotExist();
    }

    /** Waits for the ready line, copying everything the process prints to {@code transcript} for LogHygieneIT. */
    private static int awaitReadyPort(Process process, int seconds, Path transcript)
            throws InterruptedException, IOException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        java.io.Writer copy = Files.newBufferedWriter(transcript, StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)); copy) {
                output.lines().forEach(line -> {
                    lines.add(line);
                    try {
                        copy.write(line + System.lineSeparator());
                        copy.flush();
                    } catch (IOException unwritable) {
                        throw new java.io.UncheckedIOException(unwritable);
                    }
                });
            } catch (IOException closed) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                if (!process.isAlive()) {
                    break;
                }
                continue;
            }
            seen.append(line).append('\n');
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return Integer.parseInt(ready.group(1));
            }
        }
        throw new AssertionError("the server did not say it was ready; it printed:\n" + seen);
    }
}
