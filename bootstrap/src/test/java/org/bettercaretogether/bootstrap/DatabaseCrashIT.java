package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.memory.testing.Eventually;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database killed ({@code SIGKILL}) and started again, twice, while many clients give views or register for a
 * meeting, each sending a request again with its idempotency key until it is answered: nothing acknowledged is lost,
 * and nothing is stored twice. It runs in the integration phase, alone, as it keeps the machine busy.
 *
 * <p>The first crash kills the postmaster alone, the second the whole server at once; after each, PostgreSQL
 * recovers from its write-ahead log. What a commit has written there survives the death of every process, as the
 * kernel keeps it: only the machine itself failing would need it on the disk too.
 */
@Order(1)
class DatabaseCrashIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 16;
    private static final int VIEWS = 1_200;
    private static final int PLACES = 40;
    private static final int REGISTRATIONS = 200;
    private static final Duration ALL_ANSWERED_WITHIN = Duration.ofSeconds(60);
    private static final Pattern NUMBERED_VIEW = Pattern.compile("Crash test view (\\d+)\\.");

    @TempDir
    Path databaseDirectory;

    @TempDir
    Path serviceDirectory;

    @Test
    void every_view_acknowledged_while_the_database_is_killed_and_restarted_is_stored_exactly_once() throws Exception {
        long began = System.nanoTime();
        try (TestDatabase database = TestDatabase.start(databaseDirectory);
             RunningService service = start(database)) {
            RetryingClients.Answer[] acknowledged = new RetryingClients.Answer[VIEWS];
            Map<Integer, Long> retried;
            try (RetryingClients clients = RetryingClients.start(List.of(service.port()), CLIENTS, VIEWS,
                    DatabaseCrashIT::view)) {
                crashTwiceUnderLoad(database, clients, VIEWS);
                clients.answers().forEach(answer -> acknowledged[answer.number()] = answer);
                retried = clients.retriedAfter();
            }
            long replayed = Arrays.stream(acknowledged).filter(answer -> answer.status() == 200).count();
            System.out.printf("%d views given through two crashes in %d ms; requests sent again after each status "
                            + "(-1: no answer): %s; answered from an earlier try: %d%n", VIEWS,
                    Duration.ofNanos(System.nanoTime() - began).toMillis(), retried, replayed);
            assertThat(retried).as("requests sent again, so the crashes were felt").isNotEmpty();

            Map<String, String> references = new HashMap<>();
            for (RetryingClients.Answer answer : acknowledged) {
                assertThat(answer.status()).as("%s", answer).isIn(200, 201);
                references.put(key(answer.number()), JSON.readTree(answer.body()).get("reference").asString());
            }
            assertStoredOnceEach(database, references);

            try (RetryingClients again = RetryingClients.start(List.of(service.port()), CLIENTS, VIEWS,
                    DatabaseCrashIT::view)) {
                Eventually.until("every view sent again answered", ALL_ANSWERED_WITHIN, again::done);
                assertThat(again.answers()).as("views sent again after the crashes").allSatisfy(answer -> {
                    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
                    assertThat(JSON.readTree(answer.body()).get("reference").asString()).as("%s", answer)
                            .isEqualTo(references.get(key(answer.number())));
                });
            }
            assertStoredOnceEach(database, references);
        }
    }

    @Test
    void registrations_while_the_database_is_killed_never_exceed_the_places_and_each_acknowledged_is_stored_once()
            throws Exception {
        try (TestDatabase database = TestDatabase.start(databaseDirectory);
             RunningService service = start(database)) {
            String meeting = TestMeetings.schedule(service, PLACES);
            List<RetryingClients.Answer> answers;
            try (RetryingClients clients = RetryingClients.start(List.of(service.port()), CLIENTS, REGISTRATIONS,
                    (base, number) -> registration(base, meeting, number))) {
                crashTwiceUnderLoad(database, clients, REGISTRATIONS);
                answers = clients.answers();
                System.out.printf("%d registrations for %d places through two crashes; requests sent again after "
                        + "each status (-1: no answer): %s%n", REGISTRATIONS, PLACES, clients.retriedAfter());
                assertThat(clients.retriedAfter()).as("requests sent again, so the crashes were felt").isNotEmpty();
            }
            List<StoredRegistration> stored = registrations(database, meeting);

            assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 201));
            Map<String, List<StoredRegistration>> byToken = stored.stream()
                    .collect(Collectors.groupingBy(StoredRegistration::tokenHash));
            for (RetryingClients.Answer answer : answers) {
                JsonNode receipt = JSON.readTree(answer.body());
                String url = receipt.get("registrationUrl").asString();
                String token = url.substring(url.lastIndexOf('/') + 1);
                assertThat(byToken.getOrDefault(Secrets.sha256(token), List.of())).as("registration %s stored", answer)
                        .singleElement().satisfies(registration -> {
                            assertThat(registration.email()).isEqualTo(email(answer.number()));
                            assertThat(registration.status()).isEqualTo(receipt.get("status").asString());
                        });
            }
            // Each is sent with its idempotency key until answered: one stored as the database died in its commit is
            // found by the retry, never made again.
            Map<String, Long> storedByEmail = stored.stream()
                    .collect(Collectors.groupingBy(StoredRegistration::email, Collectors.counting()));
            assertThat(answers).allSatisfy(answer ->
                    assertThat(storedByEmail.get(email(answer.number()))).as("%s", answer).isEqualTo(1));
            assertThat(storedByEmail.keySet()).as("registrations stored")
                    .isEqualTo(answers.stream().map(answer -> email(answer.number())).collect(Collectors.toSet()));

            assertThat(stored).extracting(StoredRegistration::arrival).as("arrivals, in order")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, stored.size()).boxed().toList());
            int confirmed = 0;
            boolean someoneWaits = false;
            for (StoredRegistration registration : stored) {
                if (registration.status().equals("CONFIRMED")) {
                    assertThat(someoneWaits).as("%s confirmed after someone earlier waits", registration).isFalse();
                    confirmed += registration.places();
                } else {
                    assertThat(registration.status()).isEqualTo("WAITING");
                    assertThat(someoneWaits || confirmed + registration.places() > PLACES)
                            .as("%s waits though its places were free", registration).isTrue();
                    someoneWaits = true;
                }
            }
            assertThat(confirmed).as("places confirmed").isLessThanOrEqualTo(PLACES).isGreaterThan(PLACES - 3);
        }
    }

    private RunningService start(TestDatabase database) {
        return RunningService.start(Configuration.embedded(0, serviceDirectory)
                .withDatabase(database.address()).withSecurity(SystemTestConfiguration.roomForSubmissions(100_000)));
    }

    /**
     * Kills the postmaster a third of the way through the requests and the whole server two thirds of the way,
     * starting it again each time; answers once every request is answered.
     */
    private static void crashTwiceUnderLoad(TestDatabase database, RetryingClients clients, int requests) {
        Eventually.until("a third answered", ALL_ANSWERED_WITHIN, () -> clients.answered() >= requests / 3);
        database.crash(TestDatabase.Crash.POSTMASTER);
        database.restart();
        Eventually.until("two thirds answered", ALL_ANSWERED_WITHIN, () -> clients.answered() >= 2 * requests / 3);
        database.crash(TestDatabase.Crash.WHOLE_SERVER);
        database.restart();
        Eventually.until("every request answered", ALL_ANSWERED_WITHIN, clients::done,
                () -> clients.answered() + " answered; sent again after " + clients.retriedAfter());
    }

    private static String key(int number) {
        return "crash-test-view-" + number;
    }

    private static HttpRequest.Builder view(String base, int number) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/feedback"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key(number))
                .POST(HttpRequest.BodyPublishers.ofString("{\"about\": \"programme\", \"role\": \"OTHER\", "
                        + "\"text\": \"Crash test view " + number + ". The service kept it through the crash.\"}"));
    }

    private static String email(int number) {
        return "crash.registrant" + number + "@example.org";
    }

    /** Registration {@code number}: one, two or three places. */
    private static HttpRequest.Builder registration(String base, String meeting, int number) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/meetings/" + meeting + "/registrations"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "crash-test-registration-" + number)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Registrant " + number + "\", \"email\": \""
                        + email(number) + "\", \"places\": " + (1 + number % 3) + "}"));
    }

    /** Checks, on the database itself, that each view is stored once, under the reference it was given. */
    private static void assertStoredOnceEach(TestDatabase database, Map<String, String> referenceByKey)
            throws SQLException {
        Map<String, List<String>> storedByKey = new HashMap<>();
        try (Connection connection = connect(database);
             PreparedStatement statement = connection.prepareStatement("select original_text, reference from feedback");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Matcher numbered = NUMBERED_VIEW.matcher(rows.getString(1));
                assertThat(numbered.find()).as("a view stored: %s", rows.getString(1)).isTrue();
                storedByKey.computeIfAbsent(key(Integer.parseInt(numbered.group(1))), ignored -> new ArrayList<>())
                        .add(rows.getString(2));
            }
        }
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        referenceByKey.forEach((key, reference) -> {
            List<String> stored = storedByKey.getOrDefault(key, List.of());
            if (stored.isEmpty()) {
                lost.add(key + " (" + reference + ")");
            } else if (!stored.equals(List.of(reference))) {
                doubled.add(key + " given " + reference + ", stored as " + stored);
            }
        });
        assertThat(lost).as("views acknowledged and not stored").isEmpty();
        assertThat(doubled).as("views stored twice, or under a reference other than the one given").isEmpty();
        assertThat(storedByKey.keySet()).as("views stored").isEqualTo(referenceByKey.keySet());
    }

    private record StoredRegistration(int arrival, String email, int places, String status, String tokenHash) {
    }

    private static List<StoredRegistration> registrations(TestDatabase database, String meeting) throws SQLException {
        List<StoredRegistration> stored = new ArrayList<>();
        try (Connection connection = connect(database);
             PreparedStatement statement = connection.prepareStatement("select arrival, email, places, status, "
                     + "cancel_token_hash from registration where meeting_id = ?::uuid order by arrival")) {
            statement.setString(1, meeting);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.add(new StoredRegistration(rows.getInt(1), rows.getString(2), rows.getInt(3),
                            rows.getString(4), rows.getString(5)));
                }
            }
        }
        return stored;
    }

    /** A connection to the database itself, as its operator would open one. */
    private static Connection connect(TestDatabase database) throws SQLException {
        DatabaseAddress address = database.address();
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), address.password());
    }
}
