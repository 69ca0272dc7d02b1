package org.bettercaretogether.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.Answers;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The public pages of meetings: the list, a meeting's page, and a registration's private page. */
class MeetingPagesTest {

    private static final MovableClock clock = MeetingFixtures.september();

    @RegisterExtension
    static final RunningPublicWeb web = MeetingFixtures.server(clock);

    private final MeetingFixtures meetings = new MeetingFixtures(web);

    @Test
    void the_list_shows_the_upcoming_meetings_of_every_host_soonest_first() {
        meetings.kendal("Third: Kendal in November", LocalDateTime.of(2026, 11, 16, 18, 0), 10);
        meetings.schedule(new MeetingDraft(Optional.empty(), Optional.of(new Slug("elective-care")),
                "First: Elective care online", "Planned operations.", LocalDateTime.of(2026, 9, 15, 10, 0),
                LocalDateTime.of(2026, 9, 15, 11, 0), Optional.empty(), Optional.of(MeetingFixtures.ONLINE), 100));
        meetings.schedule(new MeetingDraft(Optional.of(new Slug("lancaster")), Optional.empty(),
                "Second: Lancaster drop-in", "Come along.", LocalDateTime.of(2026, 10, 6, 14, 0),
                LocalDateTime.of(2026, 10, 6, 16, 0), Optional.of(MeetingFixtures.TOWN_HALL), Optional.empty(), 25));

        String html = Answers.page(web.get("/meetings"), 200);

        assertThat(Html.h1(html)).isEqualTo("Public meetings");
        String text = Html.text(html);
        assertThat(text.indexOf("First: Elective care online")).isLessThan(text.indexOf("Second: Lancaster drop-in"));
        assertThat(text.indexOf("Second: Lancaster drop-in")).isLessThan(text.indexOf("Third: Kendal in November"));
        assertThat(text).contains("Tuesday 15 September 2026, 10am to 11am", "Online",
                "Tuesday 6 October 2026, 2pm to 4pm", "Kendal Town Hall", "25 places left of 25",
                "Monday 16 November 2026, 6pm to 8pm");
        assertThat(Html.links(html)).extracting(Html.Link::href)
                .contains("/workstreams/elective-care", "/communities/lancaster", "/communities/kendal");
    }

    @Test
    void a_meetings_page_shows_when_where_access_places_and_the_registration_form() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal details", 12));
        meetings.register(id, "Quin Early", "quin@example.org", 3);

        String html = Answers.page(web.get(MeetingFixtures.page(id)), 200);

        assertThat(Html.h1(html)).isEqualTo("Kendal details");
        assertThat(Html.title(html)).isEqualTo("Kendal details");
        String text = Html.text(html);
        assertThat(text).contains("Tell us what matters to you about health and care in Kendal.",
                "Monday 26 October 2026, 6pm to 8pm", "Kendal Town Hall", "Highgate", "Kendal LA9 4DL",
                "Step-free access", "Hearing loop", "Use the side entrance on Lowther Street for the lift.",
                "9 places left of 12", "Open for registration", "Register for this meeting",
                "This is visible only to the organisers.");
        assertThat(text).doesNotContain("waiting for a place");
        assertThat(Html.links(html)).contains(new Html.Link("/communities/kendal", "Kendal"),
                new Html.Link(MeetingFixtures.page(id) + ".ics", "Add to your calendar (.ics file)"),
                new Html.Link("/communities/kendal/meetings.ics",
                        "Subscribe to every meeting of Kendal (calendar feed)"));
        assertThat(html).contains("action=\"" + MeetingFixtures.page(id) + "/register\"",
                "<label class=\"govuk-label\" for=\"name\">Your name</label>",
                "<label class=\"govuk-label\" for=\"email\">Email address</label>",
                "<label class=\"govuk-label\" for=\"places\">How many places do you need?</label>",
                "<label class=\"govuk-label\" for=\"access-needs\">Access needs (optional)</label>",
                "id=\"places\" name=\"places\" type=\"text\" value=\"1\"", "inputmode=\"numeric\"");
    }

    @Test
    void an_unknown_or_malformed_meeting_is_not_found() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-meeting", "42", "registrations")) {
            String html = Answers.page(web.get("/meetings/" + id), 404);
            assertThat(Html.h1(html)).as(id).isEqualTo("Page not found");
        }
    }

    @Test
    void a_registrations_page_is_kept_out_of_caches_search_engines_and_referrers_even_when_not_found() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal private", 12));
        String registration = meetings.register(id, "Ray Private", "ray@example.org", 1);

        for (HttpResponse<String> response : List.of(web.get(registration), web.get(registration + "?new=1"),
                web.get("/meetings/registrations/r-no-such-token"), web.get("/api/v1/registrations/r-no-such-token"),
                web.get("/api/v1" + registration.replace("/meetings", "")))) {
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString())
                    .contains("no-store");
            assertThat(response.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
        assertThat(web.get(registration).body()).contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(Html.h1(Answers.page(web.get("/meetings/registrations/r-no-such-token"), 404)))
                .isEqualTo("Page not found");
        // Public pages stay indexable.
        assertThat(web.get(MeetingFixtures.page(id)).headers().firstValue("X-Robots-Tag")).isEmpty();
    }

    @Test
    void after_registering_the_page_confirms_and_shows_the_whole_private_link() {
        MeetingId id = MeetingFixtures.id(meetings.kendal("Kendal confirm", 12));
        String registration = meetings.register(id, "Sam Confirm", "sam@example.org", 1);

        String html = Answers.page(web.get(registration + "?new=1"), 200);

        assertThat(html).contains("govuk-panel--confirmation");
        assertThat(Html.h1(html)).isEqualTo("You have a place");
        assertThat(Html.text(html)).contains("1 place at Kendal confirm", "What happens next",
                "We have sent a confirmation to the email address you gave.", "Keep this link",
                "Anyone with this link can cancel your registration.", web.uri(registration).toString());
        // Without ?new=1 it is the registration's own page: no panel.
        assertThat(web.get(registration).body()).doesNotContain("govuk-panel--confirmation");
    }
}
