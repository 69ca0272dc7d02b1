package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Many people registering at once for the last places: nobody gets a place that is not there, and nobody jumps the queue. */
class ConcurrentRegistrationTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void fifty_people_registering_at_once_for_twenty_places_give_twenty_places_and_thirty_waiting_in_order()
            throws Exception {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal rush", 20));
        int people = 50;
        var ready = new CountDownLatch(people);
        var go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(people)) {
            for (int i = 0; i < people; i++) {
                String body = "{\"name\": \"Person " + i + "\", \"email\": \"person" + i + "@example.org\", "
                        + "\"places\": 1}";
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return web.postJson("/api/v1/meetings/" + id + "/registrations", body);
                }));
            }
            ready.await();
            go.countDown();
        }

        List<JsonNode> receipts = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            receipts.add(Answers.json(answer.get(), 201));
        }
        assertThat(receipts).filteredOn(receipt -> receipt.get("status").asString().equals("CONFIRMED")).hasSize(20);
        assertThat(receipts).filteredOn(receipt -> receipt.get("status").asString().equals("WAITING")).hasSize(30);
        assertThat(receipts).filteredOn(receipt -> receipt.get("status").asString().equals("WAITING"))
                .extracting(receipt -> receipt.get("waitingAhead").asInt())
                .containsExactlyInAnyOrderElementsOf(range(0, 30));

        List<Registration> stored = meetings.registrations(id);
        stored.sort(Comparator.comparingInt(Registration::arrival));
        assertThat(stored).extracting(Registration::arrival).containsExactlyElementsOf(range(1, 51));
        assertThat(stored.subList(0, 20)).allMatch(r -> r.status() == RegistrationStatus.CONFIRMED);
        assertThat(stored.subList(20, 50)).allMatch(r -> r.status() == RegistrationStatus.WAITING);
        PublicMeeting meeting = web.application().browseMeetings().meeting(id).orElseThrow();
        assertThat(meeting.placesLeft()).isZero();
        assertThat(meeting.waiting()).isEqualTo(30);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
