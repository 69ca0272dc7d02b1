package org.bettercaretogether.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A change moves on from planned to in progress to made, each step dated (UK time) on a day not in the future, and
 * never backwards; the public sees each day. The clock starts on 12 March 2026 and is moved on by the test.
 */
class ChangeLifecycleTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-12T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");

    @Test
    void an_engagement_officer_moves_a_change_from_planned_to_in_progress_to_made_and_the_public_sees_each_day() {
        StaffAccounts.Account account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        String change = ChangePagesTest.plan(web.browser().signInAs(account), "Weekend physiotherapy in Lancaster",
                "where", "community", "community", "lancaster");

        CLOCK.advance(Duration.ofDays(2));
        Browser officer = web.browser().signInAs(account);
        var started = move(officer, change, "IN_PROGRESS", "13", "3", "2026");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).hasValue(change + "?saved=advanced");
        String afterStart = Html.text(page(officer.get(change + "?saved=advanced"), 200));
        assertThat(afterStart).contains("The change has been moved on.").contains("Status In progress")
                .contains("Planned 12 March 2026").contains("Started 13 March 2026").contains("Made Not yet");

        CLOCK.advance(Duration.ofDays(5));
        officer = web.browser().signInAs(account);
        var made = move(officer, change, "MADE", "18", "3", "2026");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(303);
        String afterMade = page(officer.get(change), 200);
        assertThat(Html.text(afterMade)).contains("Status Made").contains("This change has been made");
        assertThat(afterMade).doesNotContain("Move the change on");

        String html = page(web.get("/communities/lancaster/you-said-we-did"), 200);
        assertThat(Html.text(html)).contains("Status Made").contains("Planned 12 March 2026")
                .contains("Started 13 March 2026").contains("Made 18 March 2026");
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--green\">Made</strong>");
        JsonNode item = YouSaidWeDidTest.only(json(web.get("/api/v1/communities/lancaster/changes"), 200),
                "Weekend physiotherapy in Lancaster");
        assertThat(item.get("status").asString()).isEqualTo("MADE");
        assertThat(item.get("plannedOn").asString()).isEqualTo("2026-03-12");
        assertThat(item.get("startedOn").asString()).isEqualTo("2026-03-13");
        assertThat(item.get("madeOn").asString()).isEqualTo("2026-03-18");
    }

    @Test
    void the_day_a_step_is_dated_defaults_to_today_and_may_not_be_in_the_future_or_before_the_change_was_planned() {
        StaffAccounts.Account account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Browser officer = web.browser().signInAs(account);
        String change = ChangePagesTest.plan(officer, "A change dated with care", "where", "programme");
        String form = page(officer.get(change), 200);
        var today = org.bettercaretogether.domain.shared.UkTime.dayOf(CLOCK.instant());
        assertThat(form).contains("name=\"day-day\" type=\"text\" inputmode=\"numeric\" value=\"" + today.getDayOfMonth() + "\"")
                .contains("name=\"day-year\" type=\"text\" inputmode=\"numeric\" value=\"" + today.getYear() + "\"");

        var tomorrow = today.plusDays(1);
        var future = move(officer, change, "IN_PROGRESS", Integer.toString(tomorrow.getDayOfMonth()),
                Integer.toString(tomorrow.getMonthValue()), Integer.toString(tomorrow.getYear()));
        String refused = page(future, 422);
        assertThat(Html.title(refused)).startsWith("Error: ");
        assertThat(refused).contains("<a href=\"#day\">The date must not be in the future</a>")
                .contains("value=\"" + tomorrow.getDayOfMonth() + "\"");

        var yesterday = today.minusDays(1);
        String beforePlanned = page(move(officer, change, "IN_PROGRESS", Integer.toString(yesterday.getDayOfMonth()),
                Integer.toString(yesterday.getMonthValue()), Integer.toString(yesterday.getYear())), 422);
        assertThat(beforePlanned).contains("<a href=\"#day\">The date it started must not be before the day it was planned</a>");

        String notADate = page(move(officer, change, "IN_PROGRESS", "31", "2", "2026"), 422);
        assertThat(notADate).contains("<a href=\"#day\">The date must be a real date");
        String noStatus = page(move(officer, change, "", "1", "1", "2026"), 422);
        assertThat(noStatus).contains("<a href=\"#status\">Select what has happened to the change</a>");
        assertThat(Html.text(page(officer.get(change), 200))).contains("Status Planned");
    }

    @Test
    void a_change_never_goes_backwards() {
        StaffAccounts.Account account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Browser officer = web.browser().signInAs(account);
        String change = ChangePagesTest.plan(officer, "A change that only moves forward", "where", "programme");
        var today = org.bettercaretogether.domain.shared.UkTime.dayOf(CLOCK.instant());
        String day = Integer.toString(today.getDayOfMonth());
        String month = Integer.toString(today.getMonthValue());
        String year = Integer.toString(today.getYear());
        assertThat(move(officer, change, "MADE", day, month, year).statusCode()).isEqualTo(303);

        String back = page(move(officer, change, "PLANNED", day, month, year), 409);
        assertThat(Html.text(back)).contains("A change that is made cannot become planned.");

        String token = web.staff().apiToken(account);
        String id = change.substring(change.lastIndexOf('/') + 1);
        JsonNode current = json(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes/" + id))
                .header("Authorization", "Bearer " + token).build()), 200);
        var again = web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes/" + id + "/status"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\": " + current.get("version").asLong()
                        + ", \"status\": \"IN_PROGRESS\"}")).build());
        assertThat(problem(again, 409).get("detail").asString()).isEqualTo("A change that is made cannot become in progress.");
        assertThat(json(web.send(HttpRequest.newBuilder(web.uri("/api/v1/staff/changes/" + id))
                .header("Authorization", "Bearer " + token).build()), 200).get("status").asString()).isEqualTo("MADE");
    }

    /** Posts the status form of {@code change} as it was shown, with its version. */
    private static HttpResponse<String> move(Browser officer, String change, String status, String day, String month,
                                             String year) {
        String form = page(officer.get(change), 200);
        Matcher version = VERSION.matcher(form);
        assertThat(version.find()).isTrue();
        return officer.post(change + "/status", "csrf", Browser.csrf(form), "version", version.group(1),
                "status", status, "day-day", day, "day-month", month, "day-year", year);
    }
}
