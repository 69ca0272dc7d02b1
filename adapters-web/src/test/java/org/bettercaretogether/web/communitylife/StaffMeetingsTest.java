package org.bettercaretogether.web.communitylife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Engagement officers run public meetings on the staff pages: schedule one at a venue with its access features, in UK
 * time; see it in the list; read who registered, with their access needs; move it (everyone registered is emailed),
 * cancel it after confirming (everyone is emailed), never from a page read before someone else changed it; and the
 * same through the staff API. The clock stands at Tuesday 20 October 2026, before the clocks go back on the 25th.
 */
class StaffMeetingsTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-20T09:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    @Test
    void a_meeting_scheduled_at_a_venue_with_access_features_is_shown_in_uk_time_and_listed() {
        Browser officer = officer();

        String at = schedule(officer, "Your say on care in Kendal", "date-day", "26", "start-time", "18:00",
                "end-time", "8pm");

        String html = page(officer.get(at + "?saved=scheduled"), 200);
        assertThat(Html.h1(html)).isEqualTo("Your say on care in Kendal");
        assertThat(Html.text(html)).contains("The meeting has been scheduled.")
                .contains("When Monday 26 October 2026, 6pm to 8pm").contains("Kendal Town Hall")
                .contains("Step-free access").contains("Hearing loop").contains("The lift is at the back")
                .contains("Places 0 of 40 taken, 40 left").contains("Status Scheduled")
                .contains("Nobody has registered yet.");
        String list = page(officer.get("/staff/meetings"), 200);
        assertThat(Html.links(list)).contains(new Html.Link(at, "Your say on care in Kendal"));
        assertThat(Html.text(list)).contains("Your say on care in Kendal Kendal Monday 26 October 2026, 6pm to 8pm "
                + "0 of 40 40 0 Scheduled");
        JsonNode api = json(send(token(), "GET", "/api/v1/staff/meetings/" + id(at), null), 200);
        assertThat(api.get("start").asString()).isEqualTo("2026-10-26T18:00:00");
        assertThat(api.get("startsAt").asString()).isEqualTo("2026-10-26T18:00:00Z");
        assertThat(api.get("venue").get("access").valueStream().map(JsonNode::asString).toList())
                .containsExactly("STEP_FREE", "HEARING_LOOP");
    }

    @Test
    void a_meeting_in_summer_time_is_stored_an_hour_earlier_than_it_reads() {
        String at = schedule(officer(), "An evening in Lancaster", "community", "lancaster", "date-day", "23",
                "start-time", "6:30pm", "end-time", "20:00");

        JsonNode api = json(send(token(), "GET", "/api/v1/staff/meetings/" + id(at), null), 200);
        assertThat(api.get("startsAt").asString()).isEqualTo("2026-10-23T17:30:00Z");
        assertThat(Html.text(page(officer().get(at), 200))).contains("Friday 23 October 2026, 6:30pm to 8pm");
    }

    @Test
    void times_that_are_not_times_and_a_meeting_with_nowhere_to_be_are_refused_with_what_was_typed_kept() {
        Browser officer = officer();
        String html = page(officer.submit("/staff/meetings/new", "/staff/meetings/new", fields("A muddled meeting",
                "start-time", "25:00", "end-time", "", "capacity", "forty", "host", "")), 422);
        assertThat(Html.title(html)).isEqualTo("Error: Schedule a meeting");
        assertThat(html).contains("<a href=\"#host\">Select who holds the meeting: a community or a workstream</a>")
                .contains("<a href=\"#start-time\">The start time must be a time of day, like 18:00 or 6pm</a>")
                .contains("<a href=\"#end-time\">Enter the end time, like 18:00 or 6pm</a>")
                .contains("<a href=\"#capacity\">The number of places must be a whole number, like 40</a>")
                .contains("value=\"A muddled meeting\"").contains("value=\"25:00\"").contains("value=\"forty\"");

        String backwards = page(officer.submit("/staff/meetings/new", "/staff/meetings/new", fields("Backwards",
                "start-time", "20:00", "end-time", "18:00")), 422);
        assertThat(backwards).contains("<a href=\"#end-time\">The end time must be after the start time</a>");

        String nowhere = page(officer.submit("/staff/meetings/new", "/staff/meetings/new", fields("Nowhere",
                "venue-name", "", "venue-address", "", "access-notes", "", "online-link", "", "access", "")), 422);
        assertThat(nowhere).contains("<a href=\"#venue-name\">The venue's name or an online link must be given: "
                + "say where the meeting is</a>");

        String past = page(officer.submit("/staff/meetings/new", "/staff/meetings/new", fields("Too late",
                "date-day", "19")), 422);
        assertThat(past).contains("<a href=\"#start-time\">The start time must be in the future</a>");
        assertThat(Html.text(page(officer.get("/staff/meetings"), 200))).doesNotContain("A muddled meeting")
                .doesNotContain("Too late");
    }

    @Test
    void moving_a_meeting_emails_everyone_registered_and_the_staff_page_shows_their_access_needs() {
        Browser officer = officer();
        String at = schedule(officer, "Care closer to home in Grange", "community", "grange", "date-day", "27");
        register(at, "Robin Registrant", "robin.registrant@example.com", Optional.of("A wheelchair space, please"));
        register(at, "Sam Second", "sam.second@example.com", Optional.empty());

        var staffPage = officer.get(at);
        String html = page(staffPage, 200);
        assertThat(staffPage.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Html.text(html)).contains("Robin Registrant robin.registrant@example.com 1 A wheelchair space, please "
                + "Place confirmed").contains("Sam Second sam.second@example.com 1 None given");

        var moved = officer.post(at, with(Browser.csrf(html), fields("Care closer to home in Grange", "community",
                "grange", "date-day", "27", "start-time", "19:00", "end-time", "21:00", "version", "1")));

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        assertThat(moved.headers().firstValue("Location")).hasValue(at + "?saved=moved");
        assertThat(Html.text(page(officer.get(at + "?saved=moved"), 200)))
                .contains("Everyone registered is being emailed its new time or place.")
                .contains("Tuesday 27 October 2026, 7pm to 9pm");
        web.application().deliverMail().deliverDue(100);
        assertThat(subjects("robin.registrant@example.com")).contains("Changed: Care closer to home in Grange");
        assertThat(subjects("sam.second@example.com")).contains("Changed: Care closer to home in Grange");
    }

    @Test
    void a_meeting_is_cancelled_once_confirmed_and_everyone_registered_is_emailed() {
        Browser officer = officer();
        String at = schedule(officer, "Talking about Ulverston", "community", "dalton-and-ulverston", "date-day", "28");
        register(at, "Alex Attendee", "alex.attendee@example.com", Optional.empty());
        register(at, "Bo Booker", "bo.booker@example.com", Optional.of("Large print"));

        String html = page(officer.get(at), 200);
        String noReason = page(officer.post(at + "/cancel", "csrf", Browser.csrf(html), "version", "1", "reason", ""),
                422);
        assertThat(noReason).contains("<a href=\"#reason\">Enter the reason for cancelling");
        String confirm = page(officer.post(at + "/cancel", "csrf", Browser.csrf(html), "version", "1",
                "reason", "The hall is flooded"), 200);
        assertThat(Html.h1(confirm)).isEqualTo("Cancel Talking about Ulverston?");
        assertThat(Html.text(confirm)).contains("The 2 people registered for it are emailed");
        web.application().deliverMail().deliverDue(100);
        assertThat(subjects("alex.attendee@example.com")).noneMatch(subject -> subject.startsWith("Cancelled:"));

        var cancelled = officer.post(at + "/cancel", "csrf", Browser.csrf(confirm), "version", "1",
                "reason", "The hall is flooded", "confirmed", "yes");

        assertThat(cancelled.headers().firstValue("Location")).hasValue(at + "?saved=cancelled");
        String after = Html.text(page(officer.get(at), 200));
        assertThat(after).contains("Status Cancelled").contains("Why it was cancelled The hall is flooded")
                .doesNotContain("Change the meeting");
        web.application().deliverMail().deliverDue(100);
        assertThat(subjects("alex.attendee@example.com")).contains("Cancelled: Talking about Ulverston");
        assertThat(subjects("bo.booker@example.com")).contains("Cancelled: Talking about Ulverston");
        assertThat(Html.text(page(officer.get("/staff/meetings"), 200))).contains("Talking about Ulverston");
    }

    @Test
    void a_meeting_changed_from_a_page_read_before_someone_else_changed_it_is_refused_with_409() {
        Browser officer = officer();
        String at = schedule(officer, "Stale in Sedbergh", "community", "east", "date-day", "29");
        String html = page(officer.get(at), 200);
        assertThat(officer.post(at, with(Browser.csrf(html), fields("Fresh in Sedbergh", "community", "east",
                "date-day", "29", "version", "1"))).statusCode()).isEqualTo(303);

        var stale = officer.post(at, with(Browser.csrf(html), fields("Stale again", "community", "east",
                "date-day", "29", "version", "1")));

        assertThat(Html.text(page(stale, 409))).contains("changed by someone else");
        assertThat(Html.h1(page(officer.get(at), 200))).isEqualTo("Fresh in Sedbergh");
        page(officer.post(at + "/cancel", "csrf", Browser.csrf(html), "version", "1", "reason", "Stale",
                "confirmed", "yes"), 409);
    }

    @Test
    void a_moderator_may_not_see_who_registered() {
        String at = schedule(officer(), "Only for officers", "community", "bay", "date-day", "30");
        Browser moderator = web.browser().signInAs(web.staff().member(Role.MODERATOR));

        assertThat(moderator.get(at).statusCode()).isEqualTo(403);
        assertThat(moderator.get("/staff/meetings").statusCode()).isEqualTo(403);
    }

    @Test
    void the_staff_api_schedules_a_workstream_meeting_lists_registrations_and_cancels_it() {
        String token = token();
        JsonNode invalid = problem(send(token, "POST", "/api/v1/staff/meetings", "{\"workstream\": \"elective-care\", "
                + "\"title\": \"\", \"purpose\": \"Planned care.\", \"start\": \"2026-10-30T10:00\", "
                + "\"end\": \"2026-10-30T09:00\", \"onlineLink\": \"https://meet.example.org/abc\"}"), 422);
        assertThat(invalid.get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("title", "end", "capacity");
        problem(send(token, "POST", "/api/v1/staff/meetings", "{\"start\": \"half past six\"}"), 400);

        JsonNode scheduled = json(send(token, "POST", "/api/v1/staff/meetings", "{\"workstream\": \"elective-care\", "
                + "\"title\": \"Planned care online\", \"purpose\": \"Planned care.\", \"start\": \"2026-10-30T10:00\", "
                + "\"end\": \"2026-10-30T11:30\", \"onlineLink\": \"https://meet.example.org/abc\", \"capacity\": 1}"),
                201);
        String id = scheduled.get("id").asString();
        assertThat(scheduled.get("host").get("kind").asString()).isEqualTo("workstream");
        assertThat(scheduled.get("registrations").size()).isZero();
        web.application().registerForMeeting().register(MeetingId.parse(id), new NewRegistration("Dee First",
                new EmailAddress("dee.first@example.com"), 1, Optional.of("Captions, please"))).orElseThrow();
        web.application().registerForMeeting().register(MeetingId.parse(id), new NewRegistration("Eli Waiting",
                new EmailAddress("eli.waiting@example.com"), 1, Optional.empty())).orElseThrow();

        JsonNode read = json(send(token, "GET", "/api/v1/staff/meetings/" + id, null), 200);
        assertThat(read.get("placesLeft").asInt()).isZero();
        assertThat(read.get("waiting").asInt()).isEqualTo(1);
        assertThat(read.get("registrations").get(0).get("name").asString()).isEqualTo("Dee First");
        assertThat(read.get("registrations").get(0).get("accessNeeds").asString()).isEqualTo("Captions, please");
        assertThat(read.get("registrations").get(1).get("status").asString()).isEqualTo("WAITING");
        JsonNode listed = json(send(token, "GET", "/api/v1/staff/meetings", null), 200);
        assertThat(listed.get("items").valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst()
                .orElseThrow().has("registrations")).isFalse();

        problem(send(token, "POST", "/api/v1/staff/meetings/" + id + "/afterwards",
                "{\"version\": 1, \"attendance\": 3, \"summary\": \"Too soon.\"}"), 409);
        JsonNode cancelled = json(send(token, "POST", "/api/v1/staff/meetings/" + id + "/cancel",
                "{\"version\": 1, \"reason\": \"The speaker is ill\"}"), 200);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        problem(send(token, "POST", "/api/v1/staff/meetings/" + id + "/cancel",
                "{\"version\": 1, \"reason\": \"Twice\"}"), 409);
    }

    // --- helpers ---

    /** The fields of a meeting at Kendal Town Hall on a day of October 2026, with {@code overrides} in turn. */
    static String[] fields(String title, String... overrides) {
        List<String> all = new ArrayList<>(List.of("host", "community", "community", "kendal", "workstream", "",
                "title", title, "purpose", "To hear what matters to people about their care.", "date-day", "26",
                "date-month", "10", "date-year", "2026", "start-time", "18:00", "end-time", "20:00",
                "venue-name", "Kendal Town Hall", "venue-address", "Highgate, Kendal LA9 4DL",
                "access-notes", "The lift is at the back", "online-link", "", "capacity", "40"));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = all.indexOf(overrides[i]);
            if (at % 2 == 0 && at >= 0 && !overrides[i].equals("access")) {
                all.set(at + 1, overrides[i + 1]);
            } else {
                all.add(overrides[i]);
                all.add(overrides[i + 1]);
            }
        }
        if (!Arrays.asList(overrides).contains("access")) {
            all.addAll(List.of("access", "STEP_FREE", "access", "HEARING_LOOP"));
        }
        return all.toArray(String[]::new);
    }

    /** Schedules a meeting through the form; answers its staff page. */
    static String schedule(Browser officer, String title, String... overrides) {
        var scheduled = officer.submit("/staff/meetings/new", "/staff/meetings/new", fields(title, overrides));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(303);
        String location = scheduled.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/staff/meetings/[0-9a-f-]{36}\\?saved=scheduled");
        return location.substring(0, location.indexOf('?'));
    }

    private static String[] with(String csrf, String... fields) {
        List<String> all = new ArrayList<>(List.of("csrf", csrf));
        all.addAll(List.of(fields));
        return all.toArray(String[]::new);
    }

    private static void register(String at, String name, String email, Optional<String> accessNeeds) {
        web.application().registerForMeeting().register(MeetingId.parse(id(at)),
                new NewRegistration(name, new EmailAddress(email), 1, accessNeeds)).orElseThrow();
    }

    private static List<String> subjects(String email) {
        return web.application().mailbox().sentTo(email).stream().map(InMemoryMailbox.Sent::subject).toList();
    }

    private static String id(String at) {
        return at.substring(at.lastIndexOf('/') + 1);
    }

    private static String token() {
        return web.staff().apiToken(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }

    private static HttpResponse<String> send(String token, String method, String path, String json) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return web.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }
}
