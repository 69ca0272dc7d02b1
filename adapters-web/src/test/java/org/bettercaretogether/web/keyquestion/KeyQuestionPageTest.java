package org.bettercaretogether.web.keyquestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.json;
import static org.bettercaretogether.web.Answers.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.keyquestion.KeyQuestionDraft;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The public reads the key questions at {@code /key-questions}, without JavaScript: one heading per question with its
 * answer in paragraphs, a contents list linking to each, and the day the list last changed; and the same in order
 * from {@code /api/v1/key-questions}.
 */
class KeyQuestionPageTest {

    /** 23:30 UTC on 31 August 2026 is already 1 September in the UK (summer time). */
    private static final Instant LATE_EVENING = Instant.parse("2026-08-31T23:30:00Z");
    private static final MovableClock CLOCK = new MovableClock(LATE_EVENING);
    private static final Pattern H2 = Pattern.compile("<h2 class=\"govuk-heading-l\" id=\"([^\"]+)\">(.*?)</h2>");

    @RegisterExtension
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, SecuritySettings.defaults(), false);

    private Actor officer;

    @BeforeEach
    void noKeyQuestions() {
        officer = web.staff().member(Role.ENGAGEMENT_OFFICER).actor();
        InMemoryApplication app = web.application();
        for (KeyQuestion question : app.readKeyQuestions().all().reversed()) {
            app.manageKeyQuestions().remove(officer, question.id(), question.version()).orElseThrow();
        }
    }

    private KeyQuestion add(String question, String answer) {
        return web.application().manageKeyQuestions().add(officer, new KeyQuestionDraft(question, answer))
                .orElseThrow();
    }

    @Test
    void each_question_is_a_heading_with_its_answer_in_paragraphs_and_the_contents_link_to_each() {
        add("What is Better Care Together?", "Ten organisations working as one.\n\nFor 365,000 people.");
        add("What is an ICC?", "A local team.");

        String html = page(web.get("/key-questions"), 200);

        assertThat(Html.h1(html)).isEqualTo("Key questions");
        assertThat(Html.title(html)).isEqualTo("Key questions");
        List<String> headings = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        Matcher h2 = H2.matcher(html);
        while (h2.find()) {
            anchors.add(h2.group(1));
            headings.add(h2.group(2));
        }
        assertThat(headings).containsExactly("What is Better Care Together?", "What is an ICC?");
        assertThat(anchors).containsExactly("what-is-better-care-together", "what-is-an-icc");
        assertThat(Html.links(html)).containsSubsequence(
                new Html.Link("#what-is-better-care-together", "What is Better Care Together?"),
                new Html.Link("#what-is-an-icc", "What is an ICC?"));
        assertThat(html).contains("<p class=\"govuk-body\">Ten organisations working as one.</p>")
                .contains("<p class=\"govuk-body\">For 365,000 people.</p>")
                .contains("<p class=\"govuk-body\">A local team.</p>")
                .doesNotContain("<script>");
    }

    @Test
    void the_page_says_when_the_list_last_changed_as_a_day_in_the_uk() {
        add("What is an ICC?", "A local team.");

        assertThat(Html.text(page(web.get("/key-questions"), 200))).contains("Last updated: 1 September 2026");
    }

    @Test
    void an_address_of_this_site_in_an_answer_becomes_a_link_and_everything_else_stays_text() {
        add("How do I get in touch?", "See /contact, or share a view at /share-your-view. Open 24/7 and/or <b>really</b>.");

        String html = page(web.get("/key-questions"), 200);

        assertThat(Html.links(html)).contains(new Html.Link("/contact", "/contact"),
                new Html.Link("/share-your-view", "/share-your-view"));
        assertThat(html).contains("Open 24/7 and/or &lt;b&gt;really&lt;/b&gt;.").doesNotContain("<b>really</b>");
    }

    @Test
    void two_questions_with_the_same_words_get_headings_of_their_own() {
        add("Why?", "One.");
        add("Why?", "Two.");

        Matcher h2 = H2.matcher(page(web.get("/key-questions"), 200));
        List<String> anchors = new ArrayList<>();
        while (h2.find()) {
            anchors.add(h2.group(1));
        }
        assertThat(anchors).containsExactly("why", "why-2");
    }

    @Test
    void with_no_questions_the_page_says_so_and_the_api_answers_an_empty_list() {
        String html = page(web.get("/key-questions"), 200);

        assertThat(Html.text(html)).contains("There are no key questions at the moment.").doesNotContain("Last updated");
        assertThat(json(web.get("/api/v1/key-questions"), 200).get("items")).isEmpty();
    }

    @Test
    void the_api_answers_every_question_in_order_with_its_id_words_and_position_only() {
        KeyQuestion first = add("What is Better Care Together?", "Ten organisations.\n\nOne programme.");
        add("What is an ICC?", "A local team.");

        JsonNode items = json(web.get("/api/v1/key-questions"), 200).get("items");

        assertThat(items).hasSize(2);
        assertThat(items.get(0).propertyNames()).containsExactly("id", "question", "answer", "position");
        assertThat(items.get(0).get("id").asString()).isEqualTo(first.id().toString());
        assertThat(items.get(0).get("answer").asString()).isEqualTo("Ten organisations.\n\nOne programme.");
        assertThat(items.get(1).get("question").asString()).isEqualTo("What is an ICC?");
        assertThat(items.get(1).get("position").asInt()).isEqualTo(2);
    }

    @Test
    void every_page_links_the_key_questions_in_its_footer() {
        String footer = page(web.get("/"), 200).split("<footer", 2)[1];

        assertThat(Html.links(footer)).contains(new Html.Link("/key-questions", "Key questions"));
    }
}
