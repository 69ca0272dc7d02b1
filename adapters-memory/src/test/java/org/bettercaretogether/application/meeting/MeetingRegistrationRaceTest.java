package org.bettercaretogether.application.meeting;

import org.bettercaretogether.memory.testing.CommunityLifeWorld;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.MONDAY_26_OCTOBER_6PM;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.draft;
import static org.bettercaretogether.application.meeting.MeetingServiceTest.person;

class MeetingRegistrationRaceTest {

    private final CommunityLifeWorld world = new CommunityLifeWorld();

    @Test
    void fifty_people_registering_at_once_for_twenty_places_get_twenty_places_and_thirty_wait_behind_them()
            throws Exception {
        Meeting meeting = world.app.scheduleMeetings().schedule(world.officer, draft("kendal", MONDAY_26_OCTOBER_6PM, 20))
                .orElseThrow().meeting().meeting();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RegistrationReceipt>> receipts = new ArrayList<>();
        try {
            for (int n = 1; n <= 50; n++) {
                int who = n;
                receipts.add(threads.submit(() -> {
                    go.await();
                    return world.app.registerForMeeting().register(meeting.id(), person(who, 1)).orElseThrow();
                }));
            }
            go.countDown();
            for (Future<RegistrationReceipt> receipt : receipts) {
                receipt.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Registration> all = world.app.scheduleMeetings().meeting(world.officer, meeting.id()).orElseThrow()
                .registrations();
        List<Registration> confirmed = all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        List<Registration> waiting = all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).toList();
        assertThat(confirmed).hasSize(20);
        assertThat(waiting).hasSize(30);
        assertThat(all).extracting(Registration::arrival).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 50).boxed().toList());
        int lastConfirmed = confirmed.stream().mapToInt(Registration::arrival).max().orElseThrow();
        assertThat(waiting).allSatisfy(r -> assertThat(r.arrival()).isGreaterThan(lastConfirmed));
        assertThat(receipts.stream().map(f -> f.resultNow().status()))
                .filteredOn(status -> status == RegistrationStatus.CONFIRMED).hasSize(20);
        PublicMeeting seen = world.app.browseMeetings().meeting(meeting.id()).orElseThrow();
        assertThat(seen.placesLeft()).isZero();
        assertThat(seen.waiting()).isEqualTo(30);
    }
}
