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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar bct.jar serve}, run as a person runs it, and stopped as a person or an orchestrator stops it: with
 * SIGTERM, while a view is still being uploaded, which is answered before the service and its database stop.
 */
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
    void the_jar_serves_the_directory_and_on_sigterm_finishes_the_upload_in_flight_then_stops_its_database()
            throws Exception {
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

        try (SlowUpload upload = SlowUpload.begin(port, "/api/v1/feedback", "{\"about\": \"programme\", "
                + "\"role\": \"OTHER\", \"text\": \"" + "Still on its way when the service was told to stop. ".repeat(10)
                + "\"}")) {
            upload.awaitContinue();
            upload.trickle(Duration.ofMillis(100));

            process.destroy(); // SIGTERM
            Eventually.until("readiness said 503", Duration.ofSeconds(2),
                    () -> http.get("/health/ready").statusCode() == 503);
            assertThat(process.isAlive()).as("the server waits for the upload").isTrue();

            assertThat(upload.finish().status()).as("the upload in flight").isEqualTo(201);
        }
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
            } catch (IOException | java.io.UncheckedIOException closed) {
                // the process ended, or was told to stop (Process.destroy closes its output)
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
