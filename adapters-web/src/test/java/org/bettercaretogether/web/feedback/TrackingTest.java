package org.bettercaretogether.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;
import static org.bettercaretogether.web.Answers.problem;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The holder of a private tracking link follows their view through each state: received, published with its public
 * text, withheld with the reason, answered with the partner organisation's answer. The link is kept out of search
 * engines, referrers, caches and logs; a link that matches no view is 404.
 */
class TrackingTest {

    @RegisterExtension
    static final RunningPublicWeb web = FeedbackFixtures.server();

    private final FeedbackFixtures views = new FeedbackFixtures(web);

    @Test
    void a_view_just_received_shows_as_waiting_for_moderation_with_what_it_is_about() {
        String tracking = views.share(FeedbackFixtures.form());

        String html = page(web.get(tracking), 200);

        assertThat(Html.h1(html)).isEqualTo("Track your view");
        assertThat(Html.text(html)).contains("Status Received, waiting for moderation")
                .contains("About Kendal")
                .containsPattern("Received \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{1,2}:\\d{2}[ap]m Received");
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--blue\">Received, waiting for moderation</strong>")
                .doesNotContain("govuk-panel").doesNotContain("Your view as published");
        JsonNode tracked = json(web.get("/api/v1" + tracking), 200);
        assertThat(tracked.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(tracked.get("about").asString()).isEqualTo("Kendal");
        assertThat(tracked.get("steps")).hasSize(1);
        assertThat(tracked.has("publicText")).isFalse();
    }

    @Test
    void a_published_view_shows_its_public_text() {
        String tracking = views.share(FeedbackFixtures.form());
        String reference = views.referenceOn(tracking);

        views.publish(reference, "The new evening clinic made it easy to see a nurse.");

        String html = page(web.get(tracking), 200);
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--green\">Published</strong>");
        assertThat(Html.text(html)).contains("Your view as published The new evening clinic made it easy to see a nurse.")
                .contains("Published, with any personal details removed");
        JsonNode tracked = json(web.get("/api/v1" + tracking), 200);
        assertThat(tracked.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(tracked.get("publicText").asString()).isEqualTo("The new evening clinic made it easy to see a nurse.");
    }

    @Test
    void a_withheld_view_shows_why_it_was_not_published() {
        String tracking = views.share(FeedbackFixtures.form());

        views.withhold(views.referenceOn(tracking), WithholdReason.OFF_TOPIC);

        String html = page(web.get(tracking), 200);
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--orange\">Not published</strong>");
        assertThat(Html.text(html)).contains("Why your view was not published Not about the programme.")
                .doesNotContain("Your view as published");
        assertThat(json(web.get("/api/v1" + tracking), 200).get("withheldBecause").asString())
                .isEqualTo("Not about the programme");
    }

    @Test
    void a_view_awaiting_an_answer_shows_when_it_is_due_and_an_answered_one_shows_the_partners_answer() {
        String tracking = views.share(FeedbackFixtures.form());
        String reference = views.referenceOn(tracking);
        views.publish(reference, "Evening clinics help.");
        views.assign(reference, MorecambeBay.CUMBRIA_PARTNERSHIP);
        String partner = web.application().browseDirectory().partner(MorecambeBay.CUMBRIA_PARTNERSHIP).orElseThrow()
                .name();

        assertThat(Html.text(page(web.get(tracking), 200))).containsPattern("Answer due by \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(json(web.get("/api/v1" + tracking), 200).has("answerDueOn")).isTrue();

        var responder = views.answer(reference, "We will keep the evening clinic open through the winter.");

        String html = page(web.get(tracking), 200);
        assertThat(html).contains("<strong class=\"govuk-tag govuk-tag--turquoise\">Answered</strong>");
        assertThat(Html.text(html)).contains("The answer from " + partner)
                .contains("We will keep the evening clinic open through the winter.")
                .doesNotContain("Answer due by")
                .doesNotContain(responder.member().name());
        JsonNode tracked = json(web.get("/api/v1" + tracking), 200);
        assertThat(tracked.get("status").asString()).isEqualTo("RESPONDED");
        assertThat(tracked.get("answer").get("partner").asString()).isEqualTo(partner);
        assertThat(tracked.get("answer").get("text").asString())
                .isEqualTo("We will keep the evening clinic open through the winter.");
        assertThat(tracked.has("answerDueOn")).isFalse();
        assertThat(web.get("/api/v1" + tracking).body()).doesNotContain(responder.member().name());
    }

    @Test
    void the_tracking_page_is_kept_out_of_search_engines_referrers_and_caches() {
        String tracking = views.share(FeedbackFixtures.form());

        for (HttpResponse<String> response : List.of(web.get(tracking), web.get(tracking + "?new=1"),
                web.get("/api/v1" + tracking), web.get("/track/vNoSuchToken"), web.get("/api/v1/track/vNoSuchToken"))) {
            assertThat(response.headers().firstValue("Referrer-Policy")).as(response.uri().getPath())
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(page(web.get(tracking), 200)).contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(page(web.get("/views"), 200)).doesNotContain("noindex");
        assertThat(web.get("/views").headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void a_link_that_matches_no_view_is_404() {
        String html = page(web.get("/track/vAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg"), 404);

        assertThat(Html.h1(html)).isEqualTo("Page not found");
        assertThat(Html.text(html)).contains("No view has this tracking link.");
        problem(web.get("/api/v1/track/vAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefg"), 404);
        page(web.get("/track/" + "x".repeat(300)), 404);
    }

    @Test
    void the_token_of_a_tracking_link_is_never_logged() {
        String tracking = views.share(FeedbackFixtures.form());
        String token = tracking.substring("/track/".length());
        Logger errors = (Logger) LoggerFactory.getLogger("org.bettercaretogether.web.platform.ErrorHandling");
        Level was = errors.getLevel();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        errors.addAppender(logged);
        errors.setLevel(Level.DEBUG);
        try {
            web.get(tracking);
            web.get("/api/v1" + tracking);
            web.get("/track/" + token + "x");
            web.get("/api/v1/track/" + token + "x");
            web.browser().post(tracking, "a", "b");
        } finally {
            errors.setLevel(was);
            errors.detachAppender(logged);
        }

        assertThat(logged.list).isNotEmpty();
        assertThat(logged.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(token);
            if (event.getThrowableProxy() != null) {
                assertThat(event.getThrowableProxy().getMessage()).doesNotContain(token);
            }
        });
        assertThat(logged.list).anySatisfy(event ->
                assertThat(event.getFormattedMessage()).contains("/track/{token}"));
    }

    @Test
    void the_confirmation_after_the_form_repeats_the_reference_and_the_link_to_keep() {
        Map<String, String> fields = FeedbackFixtures.form();
        String tracking = views.share(fields);

        String html = page(web.get(tracking + "?new=1"), 200);

        assertThat(Html.title(html)).isEqualTo("View received");
        assertThat(html).contains("<a class=\"govuk-link\" href=\"" + web.uri(tracking) + "\">" + web.uri(tracking) + "</a>")
                .contains("Anyone with this link can see this page. Do not share it.")
                .contains("<strong>" + views.referenceOn(tracking) + "</strong>");
        assertThat(Html.text(html)).contains("If you agreed, we publish it with your personal details removed.")
                .contains("we email you when your view is published or answered");
    }
}
