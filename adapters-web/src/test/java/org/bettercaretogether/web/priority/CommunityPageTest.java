package org.bettercaretogether.web.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Html.h1;
import static org.bettercaretogether.web.Html.links;
import static org.bettercaretogether.web.Html.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A community's page brings its life together: its local priorities in rank order with their status and history,
 * its integrated team, its upcoming meetings and its history, besides what people told it. On a clock that starts
 * at 1 October 2026, 10am UK time, and moves on by days at most.
 */
class CommunityPageTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-10-01T09:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    private CommunityLife life() {
        return new CommunityLife(web.application());
    }

    @Test
    void priorities_are_listed_in_rank_order_with_status_tag_and_history_after_a_rank_change_and_a_status_move() {
        CommunityLife life = life();
        ThemeId frailty = life.theme("Frailty and falls");
        life.priority("lancaster", "Falls prevention", Optional.of(frailty),
                MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, TripleAimDimension.POPULATION_HEALTH);
        life.priority("lancaster", "Carers' breaks", Optional.empty(), MorecambeBay.LANCASHIRE_COUNTY_COUNCIL,
                TripleAimDimension.QUALITY_OF_CARE);
        PriorityId lonely = life.priority("lancaster", "Loneliness in later life", Optional.of(frailty),
                MorecambeBay.LANCASHIRE_CARE, TripleAimDimension.POPULATION_HEALTH, TripleAimDimension.COST);
        life.rank("lancaster", lonely, 1);
        CLOCK.advance(Duration.ofDays(2));
        life.move("lancaster", lonely, PriorityStatus.AGREED, LocalDate.of(2026, 10, 2));

        String html = page(web.get("/communities/lancaster"), 200);
        String text = text(html);

        assertThat(text).containsSubsequence("Local priorities", "1. Loneliness in later life",
                "2. Falls prevention", "3. Carers' breaks", "The integrated team");
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--blue\">Agreed</strong> since 2 October 2026")
                .contains("<strong class=\"govuk-tag govuk-tag--grey\">Proposed</strong> since 1 October 2026");
        String loneliness = text.substring(text.indexOf("1. Loneliness in later life"), text.indexOf("2. Falls prevention"));
        assertThat(loneliness)
                .contains("Why it was chosen Chosen because people asked for loneliness in later life.")
                .contains("What it aims for Better population health Delivered at a lower cost")
                .contains("Theme Frailty and falls")
                .contains("Led by Lancashire & South Cumbria NHS Foundation Trust")
                .containsSubsequence("History of this priority", "1 October 2026 : Added as proposed",
                        "1 October 2026 : Rank 3 to 1", "2 October 2026 : Status changed to agreed");
        assertThat(html).containsSubsequence("<details class=\"govuk-details\">", "History of this priority");
        assertThat(text.substring(text.indexOf("3. Carers' breaks"))).contains("Theme No theme");
        assertThat(links(html)).contains(new Html.Link("/priorities", "Compare priorities across all communities"),
                new Html.Link("/partners/" + MorecambeBay.LANCASHIRE_CARE,
                        "Lancashire & South Cumbria NHS Foundation Trust"));
    }

    @Test
    void a_community_without_priorities_says_so() {
        assertThat(text(page(web.get("/communities/millom"), 200)))
                .contains("Millom has not published its local priorities yet.");
    }

    @Test
    void the_team_is_a_table_by_profession_and_employer_with_totals_and_the_day_it_describes() {
        CommunityLife life = life();
        ProfessionId nurse = life.profession("District nurse");
        ProfessionId socialWorker = life.profession("Social worker");
        ProfessionId gp = life.profession("GP");
        life.team("carnforth", LocalDate.of(2026, 9, 1),
                CommunityLife.role(nurse, MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, 6, "4.5"),
                CommunityLife.role(socialWorker, MorecambeBay.LANCASHIRE_COUNTY_COUNCIL, 3, "2.8"),
                CommunityLife.role(gp, MorecambeBay.NORTH_LANCASHIRE_MEDICAL_SERVICES, 2, null));

        String html = page(web.get("/communities/carnforth"), 200);
        String text = text(html);

        assertThat(html).contains("<caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"team-caption\">"
                + "The team as of 1 September 2026</caption>")
                .contains("<div class=\"bct-table-scroll\" role=\"region\" aria-labelledby=\"team-caption\" tabindex=\"0\">");
        assertThat(text).containsSubsequence("Profession Employed by Headcount Whole-time equivalents",
                "District nurse University Hospitals of Morecambe Bay NHS Foundation Trust 6 4.5",
                "GP North Lancashire Medical Services", "2 Not given",
                "Social worker Lancashire County Council 3 2.8",
                "Total 11 7.3");
        assertThat(text).contains("Where a figure is not given, the totals count only the figures that are.");
        assertThat(links(html)).contains(
                new Html.Link("/integrated-teams", "See the integrated teams across all communities"));
    }

    @Test
    void a_team_not_yet_described_is_said_plainly() {
        String html = page(web.get("/communities/grange"), 200);

        assertThat(text(html)).contains("The make-up of Grange's integrated team has not been described yet.");
        assertThat(html).doesNotContain("The team as of");
    }

    @Test
    void upcoming_meetings_show_their_uk_time_place_and_places_left_with_the_calendar_feed() {
        CommunityLife life = life();
        // 26 October 2026 is the day after the clocks go back: 6pm is 18:00 UTC, shown as 6pm, not 7pm
        MeetingId meeting = life.meeting("bay", "Your health centre", LocalDateTime.of(2026, 10, 26, 18, 0),
                LocalDateTime.of(2026, 10, 26, 20, 0), 20);
        life.register(meeting, "Ann Example", 2);
        MeetingId full = life.meeting("bay", "Walking groups", LocalDateTime.of(2026, 10, 20, 12, 0),
                LocalDateTime.of(2026, 10, 20, 13, 30), 1);
        life.register(full, "Bob Example", 1);
        MeetingId called = life.meeting("bay", "Pharmacy hours", LocalDateTime.of(2026, 11, 2, 10, 30),
                LocalDateTime.of(2026, 11, 2, 11, 0), 10);
        life.cancel(called);

        String html = page(web.get("/communities/bay"), 200);
        String text = text(html);

        assertThat(text).containsSubsequence("Upcoming meetings",
                "Walking groups", "Tuesday 20 October 2026, midday to 1:30pm", "Fully booked",
                "Your health centre", "Monday 26 October 2026, 6pm to 8pm", "Town Hall, 1 Market Street, or online",
                "18 places left",
                "Pharmacy hours", "Monday 2 November 2026, 10:30am to 11am", "Cancelled",
                "Subscribe to this community's meetings");
        assertThat(links(html)).contains(new Html.Link("/meetings/" + meeting, "Your health centre"),
                new Html.Link("/communities/bay/meetings.ics", "Subscribe to this community's meetings"));
        assertThat(text).as("nothing about who registered").doesNotContain("Ann Example", "Bob Example",
                "hearing loop");
    }

    @Test
    void a_community_without_meetings_says_none_are_planned_and_still_offers_the_feed() {
        String html = page(web.get("/communities/garstang"), 200);

        assertThat(text(html)).contains("Garstang has no public meetings planned at the moment.");
        assertThat(links(html)).contains(
                new Html.Link("/communities/garstang/meetings.ics", "Subscribe to this community's meetings"));
    }

    @Test
    void history_shows_the_dated_development_stages() {
        CommunityLife life = life();
        life.stage("east", DevelopmentStage.FORMING, LocalDate.of(2025, 4, 1));
        life.stage("east", DevelopmentStage.DEVELOPING, LocalDate.of(2026, 6, 15));

        String text = text(page(web.get("/communities/east"), 200));

        assertThat(text).containsSubsequence("History",
                "1 April 2025 : Reached the stage Forming: partners and a first team are coming together.",
                "15 June 2026 : Reached the stage Developing: the team works together and has agreed local priorities.");
        assertThat(text).contains("Development stage Developing: the team works together and has agreed local "
                + "priorities, since 15 June 2026");
    }

    @Test
    void the_page_keeps_its_feedback_scorecard_and_you_said_we_did_sections_with_one_h1() {
        String html = page(web.get("/communities/lakes"), 200);

        assertThat(h1(html)).isEqualTo("Lakes");
        assertThat(text(html)).containsSubsequence("Local priorities", "The integrated team", "Upcoming meetings",
                "History", "What people have told us about Lakes", "How well we listen in Lakes");
        assertThat(links(html)).extracting(Html.Link::href).contains("/communities/lakes/you-said-we-did");
    }
}
