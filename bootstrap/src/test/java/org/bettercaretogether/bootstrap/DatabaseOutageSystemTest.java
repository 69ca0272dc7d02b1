package org.bettercaretogether.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.bettercaretogether.memory.testing.Eventually;
import org.bettercaretogether.persistence.DatabaseVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stopped and started again while several clients read pages and the API and give views through it:
 * while it is away every answer is a 503 (a page, or problem+json with {@code Retry-After}) within 3 s, readiness says
 * 503, and the log says so once; within 5 s of its return, answers are 2xx again, with no one restarting anything.
 *
 * <p>For the first second (the cache staleness) after the database goes, a read the service holds in memory may still
 * be answered from it, as it would be had the database said nothing had changed.
 */
@Isolated("it reads every line logged while it runs, which no other test may add to")
class DatabaseOutageSystemTest {

    private static final int CLIENTS = 6;
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(5);
    /** Longer than HikariCP's longest pause between two tries at a new connection (5 s), as most real outages are. */
    private static final Duration OUTAGE = Duration.ofSeconds(7);
    private static final String OUTAGE_LOGGER = "org.bettercaretogether.persistence.DatabaseOutage";

    @TempDir
    Path databaseDirectory;

    @TempDir
    Path serviceDirectory;

    @Test
    void while_the_database_is_away_answers_are_503_within_3_s_and_within_5_s_of_its_return_2xx_again()
            throws Exception {
        try (TestDatabase database = TestDatabase.start(databaseDirectory);
             RunningService service = RunningService.start(Configuration.embedded(0, serviceDirectory)
                     .withDatabase(database.address()).withSecurity(SystemTestConfiguration.roomForSubmissions(100_000)));
             CapturedLog log = new CapturedLog();
             Load load = Load.start(service.port(), CLIENTS)) {
            Http http = new Http(service.port());
            long began = System.nanoTime();
            Eventually.until("every client answered", Duration.ofSeconds(30),
                    () -> load.everyClientHad(3, Load.Answer::successful, began), () -> summary(load.answers()));

            long stopping = System.nanoTime();
            database.stop();
            long stopped = System.nanoTime();
            Eventually.until("every client answered with the database away", Duration.ofSeconds(10),
                    () -> load.everyClientHad(3, answer -> true, stopped), () -> summary(load.sentSince(stopped)));
            List<HttpResponse<String>> readiness = new ArrayList<>();
            Eventually.until("readiness said 503", ANSWER_WITHIN, () -> timed(readiness, http, "/health/ready") == 503);
            Eventually.until("the outage was logged", ANSWER_WITHIN, () -> !log.from(OUTAGE_LOGGER).isEmpty());
            // The fault lasts as long as the test says: nothing to wait for.
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stopping).toMillis()));

            long restarting = System.nanoTime();
            database.restart();
            long restarted = System.nanoTime();
            Eventually.until("every client answered 2xx again, three times running", Duration.ofSeconds(20),
                    () -> load.everyClientsLast(3, Load.Answer::successful, restarted),
                    () -> summary(load.sentSince(restarted)));
            Eventually.until("readiness said 200 again", ANSWER_WITHIN, () -> http.get("/health/ready").statusCode() == 200);
            load.close();
            List<Load.Answer> answers = load.answers();

            assertThat(answers).as("answers other than 2xx or 503, at any time")
                    .filteredOn(answer -> !answer.successful() && answer.status() != 503).isEmpty();
            long memoryForgotten = stopped + DatabaseVersion.DEFAULT_STALENESS.toNanos();
            assertThat(answers).as("answers from memory just after the database went")
                    .filteredOn(answer -> answer.sentNanos() >= stopped && answer.sentNanos() < memoryForgotten)
                    .allSatisfy(answer -> assertThat(answer.status() == 503 || answer.method().equals("GET"))
                            .as("%s", answer).isTrue());
            List<Load.Answer> away = answers.stream()
                    .filter(answer -> answer.sentNanos() >= memoryForgotten && answer.answeredNanos() <= restarting)
                    .toList();
            assertThat(away).as("answers while the database was away").hasSizeGreaterThanOrEqualTo(3 * CLIENTS)
                    .allSatisfy(answer -> {
                        assertThat(answer.status()).as("%s", answer).isEqualTo(503);
                        assertThat(answer.took()).as("%s", answer).isLessThan(ANSWER_WITHIN);
                        if (answer.api()) {
                            assertThat(answer.contentType()).as("%s", answer).startsWith("application/problem+json");
                            assertThat(answer.body()).as("%s", answer).contains("\"status\":503");
                            assertThat(answer.retryAfter()).as("Retry-After of %s", answer).isNotBlank();
                        } else {
                            assertThat(answer.contentType()).as("%s", answer).startsWith("text/html");
                            assertThat(answer.body()).as("%s", answer).contains("Sorry, the service is unavailable");
                        }
                    });
            assertThat(answers).as("answers that took 3 s or more after the database was stopped")
                    .filteredOn(answer -> answer.answeredNanos() >= stopping && answer.sentNanos() <= restarted)
                    .filteredOn(answer -> answer.took().compareTo(ANSWER_WITHIN) >= 0).isEmpty();
            assertThat(readiness).as("readiness while the database was away").last()
                    .satisfies(ready -> assertThat(ready.statusCode()).isEqualTo(503));

            Optional<Load.Answer> lastFailure = answers.stream()
                    .filter(answer -> answer.sentNanos() >= restarted && !answer.successful())
                    .reduce((earlier, later) -> later);
            Duration backAfter = lastFailure.map(failure -> Duration.ofNanos(failure.answeredNanos() - restarted))
                    .orElse(Duration.ZERO);
            System.out.printf("Database away %d ms; answers while away: %d, the slowest in %d ms; "
                            + "the last answer other than 2xx came %d ms after the database was back%n",
                    Duration.ofNanos(restarting - stopping).toMillis(), away.size(),
                    away.stream().mapToLong(answer -> answer.took().toMillis()).max().orElse(0),
                    backAfter.toMillis());
            assertThat(backAfter).as("time from the database's return to the last answer other than 2xx")
                    .isLessThan(BACK_WITHIN);

            assertThat(log.atLeast(Level.WARN)).as("warnings and errors logged")
                    .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                    .startsWith("The database cannot be reached");
            assertThat(log.from(OUTAGE_LOGGER)).extracting(ILoggingEvent::getLevel)
                    .containsExactly(Level.WARN, Level.INFO);
        }
    }

    private static int timed(List<HttpResponse<String>> answers, Http http, String path) {
        long sent = System.nanoTime();
        HttpResponse<String> answer = http.get(path);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("GET %s answered in", path).isLessThan(ANSWER_WITHIN);
        answers.add(answer);
        return answer.statusCode();
    }

    private static String summary(List<Load.Answer> answers) {
        return answers.size() + " answers; the last ones: "
                + answers.subList(Math.max(0, answers.size() - 12), answers.size());
    }
}
