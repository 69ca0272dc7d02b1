package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One network address cannot fill a meeting's places with made-up registrations, by the form or the API. */
class RegistrationsPerAddressTest {

    private static final MovableClock CLOCK = MeetingFixtures.september();
    private static final Limit FOUR_A_DAY = new Limit(4, Duration.ofDays(1));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            SecuritySettings.defaults().signInsPerSource(), SecuritySettings.defaults().failedSignInsPerAccount(),
            new Limit(100_000, Duration.ofMinutes(10))).withRegistrationsPerSourceForMeeting(FOUR_A_DAY), false);

    private final MeetingFixtures fixtures = new MeetingFixtures(web);

    @Test
    void the_fifth_registration_for_one_meeting_from_one_address_is_refused_but_another_meeting_is_open() {
        MeetingId meeting = MeetingFixtures.id(fixtures.kendal("Kendal listening evening", 100));
        MeetingId another = MeetingFixtures.id(fixtures.kendal("Kendal second evening", 100));
        for (int person = 1; person <= 2; person++) {
            fixtures.register(meeting, "Person " + person, "person" + person + "@example.org", 1);
        }
        for (int person = 3; person <= 4; person++) {
            assertThat(api(meeting, "Person " + person).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> byForm = web.browser().post(MeetingFixtures.page(meeting) + "/register", "name", "Fake 5",
                "email", "fake5@example.org", "places", "1", "access-needs", "");
        HttpResponse<String> byApi = api(meeting, "Fake 6");

        assertThat(byForm.statusCode()).isEqualTo(429);
        assertThat(byForm.headers().firstValue("Retry-After")).isPresent();
        assertThat(byApi.statusCode()).isEqualTo(429);
        assertThat(byApi.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(fixtures.registrations(meeting)).hasSize(4);
        fixtures.register(another, "Person 1", "person1@example.org", 1);
        CLOCK.advance(Duration.ofDays(1));
        fixtures.register(meeting, "Person 7", "person7@example.org", 1);
    }

    private static HttpResponse<String> api(MeetingId meeting, String name) {
        return web.send(HttpRequest.newBuilder(web.uri("/api/v1/meetings/" + meeting + "/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\", \"email\": \""
                        + name.toLowerCase().replace(' ', '.') + "@example.org\", \"places\": 1}")).build());
    }
}
