package org.bettercaretogether.web.communitylife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.time.Duration;
import java.time.Instant;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What happened at a meeting — how many came, and a summary for the public — is recorded once it has ended, not
 * before. The clock starts on Tuesday 20 October 2026 and is moved past the meeting by the test.
 */
class StaffMeetingAfterwardsTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-20T09:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            new Limit(1000, Duration.ofMinutes(15)), new Limit(5, Duration.ofMinutes(15)),
            new Limit(1000, Duration.ofMinutes(10))), false);

    @Test
    void attendance_and_a_summary_are_refused_before_the_meeting_ends_and_recorded_after() {
        StaffAccounts.Account account = web.staff().member(Role.ENGAGEMENT_OFFICER);
        Browser officer = web.browser().signInAs(account);
        String at = StaffMeetingsTest.schedule(officer, "Your say in Garstang", "community", "garstang",
                "date-day", "21", "start-time", "18:00", "end-time", "19:30");
        String before = page(officer.get(at), 200);
        assertThat(before).doesNotContain("After the meeting");

        String early = page(officer.post(at + "/afterwards", "csrf", Browser.csrf(before), "version", "1",
                "attendance", "12", "summary", "We talked about the surgery."), 409);
        assertThat(Html.text(early)).contains("Attendance and a summary can be recorded once the meeting has ended.");

        CLOCK.advance(Duration.ofHours(33)); // Wednesday 21 October, 19:00 in the UK: under way, not ended
        officer = web.browser().signInAs(account);
        String underWay = page(officer.get(at), 200);
        assertThat(Html.text(underWay)).contains("Status Under way").doesNotContain("Change the meeting");
        page(officer.post(at + "/afterwards", "csrf", Browser.csrf(underWay), "version", "1",
                "attendance", "12", "summary", "Still going."), 409);

        CLOCK.advance(Duration.ofHours(1));
        officer = web.browser().signInAs(account);
        String ended = page(officer.get(at), 200);
        assertThat(Html.text(ended)).contains("Status Ended").contains("After the meeting");
        String missing = page(officer.post(at + "/afterwards", "csrf", Browser.csrf(ended), "version", "1",
                "attendance", "a dozen", "summary", ""), 422);
        assertThat(missing).contains("<a href=\"#attendance\">Attendance must be a whole number, like 24</a>")
                .contains("<a href=\"#summary\">Enter a summary of the meeting for the public</a>")
                .contains("value=\"a dozen\"");

        var recorded = officer.post(at + "/afterwards", "csrf", Browser.csrf(ended), "version", "1",
                "attendance", "12", "summary", "We talked about opening hours at the surgery.");

        assertThat(recorded.headers().firstValue("Location")).hasValue(at + "?saved=recorded");
        assertThat(Html.text(page(officer.get(at + "?saved=recorded"), 200)))
                .contains("The attendance and summary have been recorded.").contains("Attendance 12")
                .contains("Summary for the public We talked about opening hours at the surgery.");
    }
}
