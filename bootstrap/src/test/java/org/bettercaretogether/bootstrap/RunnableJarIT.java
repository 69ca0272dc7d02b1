package org.bettercaretogether.bootstrap;

import org.bettercaretogether.memory.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * SIGTERM, while a view is still being uploaded, which is answered before the service and its database stop. It runs
 * as operators watch it: JSON logs, the access log, {@code /metrics}; and a command prints nothing but its own answer.
 */
@Order(1)
class RunnableJarIT {

    private static final Pattern READY = Pattern.compile("ready at http://localhost:(\\d+)/");
    private static final String METRICS_TOKEN = "a-token-for-prometheus-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    /**
     * The runnable jar running {@code command}, on this JDK, with none of the settings ({@code BCT_*}) of the
     * environment the tests run in (a database address, or the test suite's own switches, which the service would
     * warn about as settings it does not read).
     */
    private static ProcessBuilder jar(String command) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", System.getProperty("bct.jar"), command));
        builder.environment().keySet().removeIf(setting -> setting.startsWith("BCT_"));
        return builder;
    }

    @Test
    void the_jar_serves_the_directory_and_on_sigterm_finishes_the_upload_in_flight_then_stops_its_database()
            throws Exception {
        ProcessBuilder builder = jar("serve").redirectErrorStream(true);
        builder.environment().put("BCT_PORT", "0");
        builder.environment().put("BCT_DATA_DIR", dataDirectory.toString());
        builder.environment().put("BCT_LOG_FORMAT", "json");
        builder.environment().put("BCT_ACCESS_LOG", "true");
        builder.environment().put("BCT_METRICS_TOKEN", METRICS_TOKEN);
        builder.environment().put("BCT_PORTT", "a misspelt setting's value");
        process = builder.start();

        Path transcript = Path.of("target/jar-run.log");
        int port = awaitReadyPort(process, 90, transcript);
        Http http = new Http(port);
        assertThat(http.count("/api/v1/communities")).isEqualTo(12);
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(http.get("/communities/kendal", "X-Request-Id", "from-the-proxy-1").statusCode()).isEqualTo(200);
        String metrics = http.get("/metrics", "Authorization", "Bearer " + METRICS_TOKEN).body();
        assertThat(metrics).contains("jvm_memory_used_bytes{", "http_server_requests_seconds_count{",
                "hikaricp_connections{", "bct_outbox_waiting", "bct_rate_limit_refusals_total", "bct_sign_ins_total");

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
        assertLogIsJsonWithTheAccessLogAndTheUnknownSetting(transcript);
    }

    /** Every line but the one the command prints for a person is a JSON object with the fields collectors expect. */
    private static void assertLogIsJsonWithTheAccessLogAndTheUnknownSetting(Path transcript) {
        Eventually.until("the transcript holds the access log of /metrics", Duration.ofSeconds(5),
                () -> readJsonLines(transcript).stream().anyMatch(line ->
                        line.path("formattedMessage").asString("").startsWith("GET /metrics 200")));
        List<JsonNode> lines = readJsonLines(transcript);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("timestamp").isNumber()).as("timestamp in %s", line).isTrue();
            assertThat(line.path("level").asString("")).as("level in %s", line).isNotEmpty();
            assertThat(line.path("loggerName").asString("")).as("logger in %s", line).isNotEmpty();
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("loggerName").asString()).isEqualTo("bct.access");
            assertThat(line.path("formattedMessage").asString()).matches("GET /communities/\\{slug} 200 \\d+ ms");
            assertThat(line.path("mdc").path("requestId").asString()).isEqualTo("from-the-proxy-1");
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("level").asString()).isEqualTo("WARN");
            assertThat(line.path("formattedMessage").asString()).contains("BCT_PORTT")
                    .doesNotContain("misspelt setting");
        });
    }

    private static List<JsonNode> readJsonLines(Path transcript) {
        try {
            return Files.readAllLines(transcript, StandardCharsets.UTF_8).stream()
                    .filter(line -> !READY.matcher(line).find())
                    .map(line -> JSON.readTree(line))
                    .toList();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    @Test
    void a_command_prints_its_answer_alone_without_logging_before_it() throws Exception {
        ProcessBuilder builder = jar("migrate");
        builder.environment().put("BCT_DATA_DIR", dataDirectory.toString());
        builder.redirectOutput(dataDirectory.resolve("migrate.out").toFile());
        builder.redirectError(dataDirectory.resolve("migrate.err").toFile());
        process = builder.start();

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("migrate finishes").isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(dataDirectory.resolve("migrate.out")))
                .isEqualTo("The database schema is up to date." + System.lineSeparator());
        assertThat(Files.readString(dataDirectory.resolve("migrate.err"))).isEmpty();
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
