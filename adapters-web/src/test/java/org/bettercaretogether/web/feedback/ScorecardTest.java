package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The listening scorecard of a community and of the programme, on the community's page, on {@code /views} and in the
 * API, against a case worked out by hand: four views about Millom received on 20 November 2026, two answered, after 3
 * and 6 days, on 26 November 2026: 50% answered, a median of 4.5 days, none linked to a change yet.
 */
class ScorecardTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-20T10:00:00Z"));

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server(CLOCK);

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void four_views_two_answered_after_3_and_6_days_score_50_percent_and_a_median_of_4_5_days() {
        List<String> references = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            references.add(json(web.postJson("/api/v1/feedback", "{\"about\": \"community\", \"slug\": \"millom\", "
                    + "\"role\": \"MEMBER_OF_PUBLIC\", \"text\": \"Millom view " + i + "\", \"consentToPublish\": true}"),
                    201).get("reference").asString());
        }
        for (String reference : references) {
            views.publish(reference, "A view about Millom.");
            views.assign(reference, MorecambeBay.CUMBRIA_PARTNERSHIP);
        }
        CLOCK.advance(Duration.ofDays(3));
        views.answer(references.get(0), "Answered after three days.");
        CLOCK.advance(Duration.ofDays(3));
        views.answer(references.get(1), "Answered after six days.");

        JsonNode scorecard = json(web.get("/api/v1/communities/millom/scorecard"), 200);
        assertThat(scorecard.get("scope").asString()).isEqualTo("Millom");
        assertThat(scorecard.get("from").asString()).isEqualTo("2025-11-27");
        assertThat(scorecard.get("to").asString()).isEqualTo("2026-11-26");
        assertThat(scorecard.get("received").asInt()).isEqualTo(4);
        assertThat(scorecard.get("answered").asInt()).isEqualTo(2);
        assertThat(scorecard.get("percentAnswered").asInt()).isEqualTo(50);
        assertThat(scorecard.get("medianDaysToAnswer").asDouble()).isEqualTo(4.5);
        assertThat(scorecard.get("linkedToChangeMade").asInt()).isZero();
        assertThat(scorecard.get("percentLinkedToChangeMade").asInt()).isZero();

        String page = Html.text(page(web.get("/communities/millom"), 200));
        assertThat(page).contains("How well we listen in Millom")
                .contains("Views received from 27 November 2025 to 26 November 2026")
                .contains("Views received 4 views")
                .contains("Answered 50% (2 of 4)")
                .contains("Median time to answer 4.5 days")
                .contains("Led to a change made 0% (0 of 4)");

        JsonNode programme = json(web.get("/api/v1/scorecard"), 200);
        assertThat(programme.get("received").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(programme.get("from").asString()).isEqualTo("2025-11-27");
        assertThat(Html.text(page(web.get("/views"), 200))).contains("How well the programme listens")
                .contains("Views received from 27 November 2025 to 26 November 2026");
    }

    @Test
    void a_community_with_no_views_says_there_are_none_rather_than_showing_0_percent() {
        String page = Html.text(page(web.get("/communities/east"), 200));

        assertThat(page).contains("Views received No views yet").contains("Answered No views to answer yet")
                .contains("Median time to answer No views answered yet").contains("Led to a change made No views yet");
        assertThat(page.substring(page.indexOf("How well we listen in East"))).doesNotContain("0%");
        JsonNode scorecard = json(web.get("/api/v1/communities/east/scorecard"), 200);
        assertThat(scorecard.get("received").asInt()).isZero();
        assertThat(scorecard.has("percentAnswered")).isFalse();
        assertThat(scorecard.has("medianDaysToAnswer")).isFalse();
        assertThat(scorecard.has("percentLinkedToChangeMade")).isFalse();
    }

    @Test
    void the_scorecard_of_a_community_that_does_not_exist_is_404_and_of_a_malformed_slug_400() {
        problem(web.get("/api/v1/communities/atlantis/scorecard"), 404);
        problem(web.get("/api/v1/communities/Not%20A%20Slug/scorecard"), 400);
    }
}
