package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bettercaretogether.application.meeting.PublicMeeting;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registering for a meeting through its page: a place, the waiting list, cancelling, and a place given on. */
class RegisteringTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void a_person_registers_for_a_place_and_is_told_so_with_a_private_link_to_keep() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal open evening", 20));

        var response = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Ada Quill",
                "email", "ada.quill@example.org", "places", "2", "access-needs", "A seat near the front");

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/meetings/registrations/[^/?]+\\?new=1");
        String html = Answers.page(web.get(location), 200);
        assertThat(Html.h1(html)).isEqualTo("You have a place");
        String text = Html.text(html);
        assertThat(text).contains("2 places at Kendal open evening", "We have sent a confirmation",
                "Keep this link", "Cancel my registration", "Monday 26 October 2026, 6pm to 8pm");
        String page = location.substring(0, location.indexOf('?'));
        assertThat(html).contains("http://127.0.0.1:" + web.server().port() + page);

        List<Registration> stored = meetings.registrations(id);
        assertThat(stored).singleElement().satisfies(registration -> {
            assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(registration.places()).isEqualTo(2);
            assertThat(registration.name()).isEqualTo("Ada Quill");
            assertThat(registration.accessNeeds()).contains("A seat near the front");
        });
        assertThat(web.application().browseMeetings().meeting(id).orElseThrow().placesLeft()).isEqualTo(18);
        web.application().deliverMail().deliverDue(100);
        assertThat(web.application().mailbox().sentTo("ada.quill@example.org"))
                .extracting(InMemoryMailbox.Sent::subject).contains("Your place at Kendal open evening");
    }

    @Test
    void when_the_places_are_gone_a_person_joins_the_waiting_list_and_sees_how_many_are_ahead() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal small group", 2));
        meetings.register(id, "First Person", "first@example.org", 2);
        meetings.register(id, "Second Person", "second@example.org", 1);

        String before = Answers.page(web.get(MeetingFixtures.page(id)), 200);
        assertThat(Html.text(before)).contains("Full — join the waiting list", "1 person waiting for a place",
                "Join the waiting list");

        var response = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Third Person",
                "email", "third@example.org", "places", "1");
        String html = Answers.page(web.get(response.headers().firstValue("Location").orElseThrow()), 200);
        assertThat(Html.h1(html)).isEqualTo("You are on the waiting list");
        assertThat(Html.text(html)).contains("1 ahead of you", "first come first served", "tell you by email");
        assertThat(meetings.registrations(id)).extracting(Registration::status).containsExactly(
                RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING, RegistrationStatus.WAITING);
    }

    @Test
    void cancelling_gives_the_freed_place_to_the_first_person_waiting_who_is_emailed() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal carers' meeting", 2));
        String first = meetings.register(id, "Anne First", "anne@example.org", 1);
        meetings.register(id, "Ben Second", "ben@example.org", 1);
        String third = meetings.register(id, "Cara Third", "cara@example.org", 1);
        String fourth = meetings.register(id, "Dev Fourth", "dev@example.org", 1);
        assertThat(Html.text(web.get(MeetingFixtures.page(id)).body())).contains("2 people waiting for a place");
        web.application().deliverMail().deliverDue(100);

        var cancelled = web.browser().post(first + "/cancel");

        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(cancelled.headers().firstValue("Location")).contains(first);
        String html = Answers.page(web.get(first), 200);
        assertThat(Html.h1(html)).isEqualTo("Your registration is cancelled");
        assertThat(html).doesNotContain("Cancel my registration");
        PublicMeeting now = web.application().browseMeetings().meeting(id).orElseThrow();
        assertThat(now.placesLeft()).isZero();
        assertThat(now.waiting()).isEqualTo(1);
        assertThat(Html.text(web.get(MeetingFixtures.page(id)).body())).contains("1 person waiting for a place");
        assertThat(Html.h1(web.get(third).body())).isEqualTo("You have a place");
        assertThat(Html.text(web.get(fourth).body())).contains("You are on the waiting list", "Nobody is ahead of you");

        web.application().deliverMail().deliverDue(100);
        assertThat(web.application().mailbox().sentTo("cara@example.org")).extracting(InMemoryMailbox.Sent::subject)
                .contains("A place has become free: you have a place at Kendal carers' meeting");
        assertThat(web.application().mailbox().sentTo("dev@example.org")).extracting(InMemoryMailbox.Sent::subject)
                .noneMatch(subject -> subject.contains("place has become free"));
    }

    @Test
    void cancelling_twice_is_harmless() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal twice", 5));
        String registration = meetings.register(id, "Eve Twice", "eve@example.org", 1);

        assertThat(web.browser().post(registration + "/cancel").statusCode()).isEqualTo(303);
        assertThat(web.browser().post(registration + "/cancel").statusCode()).isEqualTo(303);

        assertThat(Html.h1(web.get(registration).body())).isEqualTo("Your registration is cancelled");
        assertThat(web.application().browseMeetings().meeting(id).orElseThrow().placesLeft()).isEqualTo(5);
    }

    @Test
    void registration_is_closed_for_a_cancelled_meeting_on_the_form_and_in_the_api() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal called off", 10));
        meetings.cancel(id, "The hall is flooded.");

        var form = web.browser().post(MeetingFixtures.page(id) + "/register", "name", "Gil Late",
                "email", "gil@example.org", "places", "1");
        String html = Answers.page(form, 409);
        assertThat(Html.h1(html)).isEqualTo("Registration is closed");
        assertThat(Html.text(html)).contains("is cancelled", "The hall is flooded.");

        var api = web.postJson("/api/v1/meetings/" + id + "/registrations",
                "{\"name\": \"Gil Late\", \"email\": \"gil@example.org\", \"places\": 1}");
        assertThat(Answers.problem(api, 409).get("detail").asString()).contains("cancelled");

        // Bad answers on a closed meeting: still closed, not a form with nowhere to show its errors.
        assertThat(web.browser().post(MeetingFixtures.page(id) + "/register", "name", "").statusCode())
                .isEqualTo(409);
        assertThat(meetings.registrations(id)).isEmpty();
        assertThat(web.get(MeetingFixtures.page(id)).body()).doesNotContain("<form method=\"post\" action=\"/meetings/");
    }

    @Test
    void a_form_from_another_site_registers_nobody() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal cross-site", 10));

        var response = web.browser().header("Origin", "https://elsewhere.example")
                .post(MeetingFixtures.page(id) + "/register", "name", "Hal Else", "email", "hal@example.org",
                        "places", "1");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(meetings.registrations(id)).isEmpty();
    }

    @Test
    void a_form_whose_browser_withholds_the_origin_registers_only_if_its_fetch_metadata_says_same_origin() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal withheld origin", 10));

        var unexplained = web.browser().header("Origin", "null")
                .post(MeetingFixtures.page(id) + "/register", "name", "Nell Null", "email", "nell@example.org",
                        "places", "1");
        assertThat(unexplained.statusCode()).isEqualTo(403);
        assertThat(meetings.registrations(id)).isEmpty();

        var fromThisSite = web.browser().header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .post(MeetingFixtures.page(id) + "/register", "name", "Nell Null", "email", "nell@example.org",
                        "places", "1");
        assertThat(fromThisSite.statusCode()).isEqualTo(303);
        assertThat(meetings.registrations(id)).hasSize(1);
    }
}
