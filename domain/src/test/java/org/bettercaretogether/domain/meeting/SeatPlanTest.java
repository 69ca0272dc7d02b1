package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SeatPlanTest {

    private static final MeetingId MEETING = MeetingId.random();
    private static final Instant AT = Instant.parse("2026-10-01T12:00:00Z");

    private static Registration registration(int arrival, int places, RegistrationStatus status) {
        return new Registration(RegistrationId.random(), MEETING, "Person " + arrival,
                new EmailAddress("person" + arrival + "@example.org"), places, Optional.empty(), status,
                AT.plusSeconds(arrival), arrival, "hash-" + arrival, 1);
    }

    private static Registration waiting(int arrival, int places) {
        return registration(arrival, places, RegistrationStatus.WAITING);
    }

    @Test
    void the_first_twenty_of_fifty_get_the_twenty_places_and_thirty_wait_in_arrival_order() {
        List<Registration> fifty = new ArrayList<>(IntStream.rangeClosed(1, 50).mapToObj(n -> waiting(n, 1)).toList());
        Collections.shuffle(fifty, new Random(7));

        List<Registration> plan = SeatPlan.allocate(20, fifty);

        assertThat(plan).extracting(Registration::arrival).containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(plan.subList(0, 20)).allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
        assertThat(plan.subList(20, 50)).allSatisfy(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.WAITING));
        assertThat(SeatPlan.taken(plan)).isEqualTo(20);
    }

    @Test
    void nobody_overtakes_an_earlier_registrant_by_asking_for_fewer_places() {
        List<Registration> registrations = List.of(waiting(1, 2), waiting(2, 3), waiting(3, 1), waiting(4, 1));

        List<Registration> plan = SeatPlan.allocate(4, registrations);

        assertThat(plan).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITING, RegistrationStatus.WAITING, RegistrationStatus.WAITING);
        assertThat(SeatPlan.taken(plan)).isEqualTo(2);
    }

    @Test
    void a_registration_that_fits_exactly_is_seated() {
        List<Registration> plan = SeatPlan.allocate(5, List.of(waiting(1, 2), waiting(2, 3), waiting(3, 1)));

        assertThat(plan).extracting(Registration::status).containsExactly(RegistrationStatus.CONFIRMED,
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
    }

    @Test
    void cancelled_registrations_are_left_out_and_take_no_place() {
        List<Registration> registrations = List.of(registration(1, 3, RegistrationStatus.CANCELLED),
                registration(2, 2, RegistrationStatus.CONFIRMED), waiting(3, 1));

        List<Registration> plan = SeatPlan.allocate(3, registrations);

        assertThat(plan).extracting(Registration::arrival).containsExactly(2, 3);
        assertThat(plan).extracting(Registration::status)
                .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED);
    }

    @Test
    void the_places_taken_count_confirmed_registrations_only() {
        assertThat(SeatPlan.taken(List.of(registration(1, 3, RegistrationStatus.CONFIRMED),
                registration(2, 4, RegistrationStatus.WAITING), registration(3, 5, RegistrationStatus.CANCELLED))))
                .isEqualTo(3);
    }

    @Test
    void a_registration_hides_the_person_in_its_text() {
        assertThat(waiting(1, 1).toString()).doesNotContain("Person 1").doesNotContain("example.org");
    }
}
