package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.ConsultationDraft;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.DocumentLink;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

/**
 * Answering a consultation on the web, a question a page: every kind of question on its own page, an answer that
 * does not fit refused in the consultation's own words with the error summary, the answers kept by the service under
 * a cookie's token (never those kept for another consultation), changed from "Check your answers", sent once however
 * often the button is pressed, refused naming the closing time once the consultation has closed (the answers still
 * kept), and shown again at the private link given at the end.
 */
class AnswerPagesTest {

    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-05-04T10:00:00Z"));
    private static final AtomicInteger NAMES = new AtomicInteger();

    @RegisterExtension
    // Every answer is a public post from the one test address: more than the default limit allows in ten minutes.
    static final RunningPublicWeb web = new RunningPublicWeb(CLOCK, RunningPublicWeb.securitySettings(
            SecuritySettings.defaults().signInsPerSource(), SecuritySettings.defaults().failedSignInsPerAccount(),
            new Limit(100_000, Duration.ofMinutes(10))), false);

    private final Actor officer = new Actor(StaffMemberId.random(), MorecambeBay.CLINICAL_COMMISSIONING_GROUP,
            Set.of(Role.ENGAGEMENT_OFFICER));
    private final Browser browser = web.browser();

    @Test
    void a_person_answers_every_question_a_page_at_a_time_checks_them_sends_them_and_sees_them_at_their_private_link() {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        assertThat(Html.links(page(browser.get("/consultations/" + slug), 200)))
                .contains(new Html.Link(respond, "Respond to this consultation"));
        String start = page(browser.get(respond), 200);
        assertThat(Html.links(start)).contains(new Html.Link(respond + "/support", "Start now"));
        assertThat(Html.text(start)).contains("There are 6 questions", "anonymous");

        String first = page(browser.get(respond + "/support"), 200);
        assertThat(Html.h1(first)).isEqualTo("Do you support the proposal?");
        assertThat(first).contains("type=\"radio\"", "Question 1 of 6").contains("href=\"" + respond + "\"");
        HttpResponse<String> answered = browser.post(respond + "/support", "support", "agree");
        assertThat(answered.statusCode()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).contains(respond + "/matters");
        assertThat(Browser.setCookies(answered, AnswerRoutes.COOKIE)).singleElement().satisfies(cookie -> assertThat(
                cookie).contains("; Path=" + respond + ";", "Max-Age=86400", "HttpOnly", "SameSite=Lax"));

        String second = page(browser.get(respond + "/matters"), 200);
        assertThat(second).contains("type=\"checkbox\"", "Select up to 2.", "href=\"" + respond + "/support\"");
        next(browser.post(respond + "/matters", "matters", "travel", "matters", "waiting"), respond + "/comments");
        assertThat(page(browser.get(respond + "/comments"), 200)).contains("<textarea", "up to 300 characters");
        next(browser.post(respond + "/comments", "comments", "Keep the birth centre in Kendal"), respond + "/capacity");
        assertThat(page(browser.get(respond + "/capacity"), 200)).contains("value=\"member-of-public\"");
        next(browser.post(respond + "/capacity", "capacity", "member-of-public"), respond + "/community");
        assertThat(page(browser.get(respond + "/community"), 200)).contains("<select", "value=\"kendal\"");
        next(browser.post(respond + "/community", "community", "kendal"), respond + "/postcode");
        assertThat(page(browser.get(respond + "/postcode"), 200)).contains("type=\"text\"", "For example, LA9.");
        next(browser.post(respond + "/postcode", "postcode", "LA9"), respond + "/check");

        String check = Html.text(page(browser.get(respond + "/check"), 200));
        assertThat(check).contains("Check your answers before sending them", "Agree", "Travel", "Waiting",
                "Keep the birth centre in Kendal", "Member of the public", "Kendal", "LA9");
        HttpResponse<String> sent = browser.post(respond + "/check");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String confirmation = sent.headers().firstValue("Location").orElseThrow();
        assertThat(confirmation).startsWith("/consultation-responses/").endsWith("?new=1");
        assertThat(browser.cookie(AnswerRoutes.COOKIE)).isEmpty();

        HttpResponse<String> shown = browser.get(confirmation);
        String own = page(shown, 200);
        assertThat(Html.text(own)).contains("Response sent", "Keep this link to see your answers", "Agree",
                "Keep the birth centre in Kendal", "LA9");
        assertThat(own).contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
        assertThat(shown.headers().firstValue("X-Robots-Tag")).contains("noindex, nofollow");
        assertThat(shown.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(Html.text(page(browser.get(confirmation.replace("?new=1", "")), 200)))
                .contains("Your answers", "Agree").doesNotContain("Response sent");
        assertThat(responses(slug)).isEqualTo(1);
    }

    @Test
    void a_required_question_left_empty_is_refused_with_the_error_summary_and_the_message_beside_it() {
        String respond = "/consultations/" + open() + "/respond";

        String refused = page(browser.post(respond + "/support"), 422);

        assertThat(Html.title(refused)).startsWith("Error: ");
        assertThat(refused).contains("There is a problem", "<a href=\"#support\">Select an answer</a>",
                "id=\"support-error\"", "govuk-form-group--error");
        assertThat(browser.cookie(AnswerRoutes.COOKIE)).isEmpty();
        next(browser.post(respond + "/support", "support", "disagree"), respond + "/matters");
    }

    @Test
    void sending_without_a_required_answer_is_refused_on_check_your_answers_naming_the_question() {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        next(browser.post(respond + "/matters", "matters", "travel"), respond + "/comments");

        String refused = page(browser.post(respond + "/check"), 422);

        assertThat(refused).contains("There is a problem",
                "<a href=\"#support\">Do you support the proposal? Select an answer</a>",
                "<a href=\"#capacity\">In what capacity are you responding? Select an answer</a>",
                "id=\"support\"");
        assertThat(responses(slug)).isZero();
    }

    @Test
    void more_choices_than_the_most_a_question_takes_are_refused_and_shown_again_as_chosen() {
        String respond = "/consultations/" + open() + "/respond";

        String refused = page(browser.post(respond + "/matters", "matters", "travel", "matters", "waiting",
                "matters", "staff"), 422);

        assertThat(refused).contains("Select no more than 2 answers");
        assertThat(refused).containsPattern("value=\"staff\"\\s+checked");
    }

    @Test
    void an_answer_changed_from_check_your_answers_leads_back_to_it() {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        answerTheRequiredQuestions(respond);
        String check = page(browser.get(respond + "/check"), 200);
        assertThat(Html.links(check)).contains(new Html.Link(respond + "/support?change=1",
                "Change your answer to: Do you support the proposal?"));

        String change = page(browser.get(respond + "/support?change=1"), 200);
        assertThat(change).contains("href=\"" + respond + "/check\" class=\"govuk-back-link\"",
                "action=\"" + respond + "/support?change=1\"").containsPattern("value=\"agree\"\\s+checked");
        next(browser.post(respond + "/support?change=1", "support", "strongly-disagree"), respond + "/check");

        assertThat(Html.text(page(browser.get(respond + "/check"), 200))).contains("Strongly disagree")
                .doesNotContain("Agree ");
    }

    @Test
    void pressing_send_twice_stores_one_response() throws Exception {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        answerTheRequiredQuestions(respond);
        String token = browser.cookie(AnswerRoutes.COOKIE).orElseThrow();
        Browser again = web.browser().cookie(AnswerRoutes.COOKIE, token);

        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> browser.post(respond + "/check"));
        CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(() -> again.post(respond + "/check"));

        assertThat(List.of(first.get().statusCode(), second.get().statusCode())).contains(303)
                .allMatch(status -> status == 303 || status == 409);
        assertThat(again.post(respond + "/check").statusCode()).isEqualTo(409);
        assertThat(responses(slug)).isEqualTo(1);
    }

    @Test
    void a_consultation_that_closed_meanwhile_refuses_the_send_naming_its_closing_time_and_keeps_the_answers() {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        answerTheRequiredQuestions(respond);
        ConsultationSummary shown = web.application().browseConsultations().consultation(new Slug(slug)).orElseThrow();
        web.application().runConsultations().closeEarly(officer, shown.consultation().id(),
                shown.consultation().version(), "The service changed before the end").orElseThrow();

        String refused = page(browser.post(respond + "/check"), 409);

        assertThat(refused).contains("There is a problem", "<a href=\"#send\">This consultation closed at ");
        assertThat(responses(slug)).isZero();
        String token = browser.cookie(AnswerRoutes.COOKIE).orElseThrow();
        assertThat(web.application().ports().port(AnswersInProgress.class).find(Secrets.sha256(token),
                CLOCK.instant())).isPresent();
        assertThat(Html.text(page(browser.get(respond + "/support"), 200))).contains("This consultation closed at")
                .doesNotContain("Continue");
        assertThat(page(browser.post(respond + "/support", "support", "agree"), 409)).contains("closed at");
        assertThat(Html.text(page(browser.get(respond), 200))).contains("no longer takes answers")
                .doesNotContain("Start now");
    }

    @Test
    void answers_kept_for_one_consultation_are_not_used_for_another() {
        String first = "/consultations/" + open() + "/respond";
        String other = open();
        String second = "/consultations/" + other + "/respond";
        answerTheRequiredQuestions(first);
        String token = browser.cookie(AnswerRoutes.COOKIE).orElseThrow();

        assertThat(Html.text(page(browser.get(second + "/check"), 200))).doesNotContain("Agree")
                .contains("Not answered");
        assertThat(page(browser.post(second + "/check"), 409)).contains("There are no answers waiting to be sent");
        HttpResponse<String> answered = browser.post(second + "/support", "support", "disagree");
        next(answered, second + "/matters");

        assertThat(browser.cookie(AnswerRoutes.COOKIE)).isPresent().get().isNotEqualTo(token);
        assertThat(responses(other)).isZero();
        assertThat(Html.text(page(web.browser().cookie(AnswerRoutes.COOKIE, token).get(first + "/check"), 200)))
                .contains("Agree");
    }

    @Test
    void a_private_link_that_matches_no_response_is_not_found_and_an_unknown_question_or_consultation_neither() {
        String respond = "/consultations/" + open() + "/respond";

        page(browser.get("/consultation-responses/r-not-a-token"), 404);
        page(browser.get(respond + "/no-such-question"), 404);
        page(browser.get("/consultations/no-such-consultation/respond"), 404);
    }

    @Test
    void a_consultation_not_open_yet_says_when_it_opens_and_offers_no_way_to_answer() {
        String slug = scheduled(CLOCK.instant().plus(Duration.ofDays(2)), CLOCK.instant().plus(Duration.ofDays(20)));

        String start = Html.text(page(browser.get("/consultations/" + slug + "/respond"), 200));

        assertThat(start).contains("This consultation opens at").doesNotContain("Start now");
        assertThat(Html.links(page(browser.get("/consultations/" + slug), 200)))
                .noneMatch(link -> link.text().equals("Respond to this consultation"));
    }

    @Test
    void check_your_answers_asks_consent_to_publish_defaulting_to_no_and_an_optional_email_refusing_a_malformed_one() {
        String slug = open();
        String respond = "/consultations/" + slug + "/respond";
        answerTheRequiredQuestions(respond);
        next(browser.post(respond + "/comments", "comments", "More midwives"), respond + "/capacity");

        String check = page(browser.get(respond + "/check"), 200);
        String refused = page(browser.post(respond + "/check", "publishFreeText", "yes", "email", "not-an-address"),
                422);
        HttpResponse<String> sent = browser.post(respond + "/check", "publishFreeText", "yes", "email",
                "resident@example.org");

        assertThat(check).contains("Can we publish what you wrote?", "name=\"email\"", "type=\"email\"")
                .containsPattern("value=\"no\"\\s+checked|checked[^>]*value=\"no\"");
        assertThat(refused).contains("There is a problem", "<a href=\"#email\">", "value=\"not-an-address\"");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
        String own = Html.text(page(browser.get(sent.headers().firstValue("Location").orElseThrow()), 200));
        assertThat(own).contains("You agreed that your written answers may be published")
                .doesNotContain("resident@example.org");
        assertThat(responses(slug)).isEqualTo(1);
    }

    private void answerTheRequiredQuestions(String respond) {
        next(browser.post(respond + "/support", "support", "agree"), respond + "/matters");
        next(browser.post(respond + "/capacity", "capacity", "patient"), respond + "/community");
    }

    private static void next(HttpResponse<String> answered, String location) {
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(303);
        assertThat(answered.headers().firstValue("Location")).contains(location);
    }

    private long responses(String slug) {
        ConsultationId id = web.application().browseConsultations().consultation(new Slug(slug)).orElseThrow()
                .consultation().id();
        return web.application().ports().port(ConsultationResponses.class).count(id);
    }

    private String open() {
        return scheduled(CLOCK.instant().minus(Duration.ofDays(1)), CLOCK.instant().plus(Duration.ofDays(30)));
    }

    private String scheduled(Instant opens, Instant closes) {
        String slug = "answering-" + NAMES.incrementAndGet();
        RunConsultations run = web.application().runConsultations();
        ConsultationSummary drafted = run.draft(officer, draft(slug, opens, closes)).orElseThrow();
        run.schedule(officer, drafted.consultation().id(), drafted.consultation().version()).orElseThrow();
        return slug;
    }

    private static ConsultationDraft draft(String slug, Instant opens, Instant closes) {
        return new ConsultationDraft(new Slug(slug), new ViewAbout(ViewAbout.Kind.WORKSTREAM,
                Optional.of(new Slug("women-s-and-children-s-services"))), "Maternity and newborn care",
                "Where babies are born across the Bay.",
                List.of(DocumentLink.of("The case for change", "https://example.org/case.pdf")),
                "Where midwife-led births take place", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                new OpeningTimes(opens, closes), List.of(
                new Question(new QuestionId("support"), "Do you support the proposal?", Optional.empty(), true,
                        QuestionKind.Scale.agreement()),
                new Question(new QuestionId("matters"), "What matters most to you?", Optional.empty(), false,
                        new QuestionKind.MultipleChoice(List.of(new Option("travel", "Travel"),
                                new Option("waiting", "Waiting"), new Option("staff", "Staff")), 2)),
                new Question(new QuestionId("comments"), "Is there anything else you want to tell us?",
                        Optional.empty(), false, new QuestionKind.FreeText(300)),
                new Question(new QuestionId("capacity"), AboutYouTopic.RESPONDENT_TYPE.usualWording(),
                        Optional.empty(), true, new QuestionKind.AboutYou(AboutYouTopic.RESPONDENT_TYPE)),
                new Question(new QuestionId("community"), AboutYouTopic.COMMUNITY.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.COMMUNITY)),
                new Question(new QuestionId("postcode"), AboutYouTopic.POSTCODE_DISTRICT.usualWording(),
                        Optional.empty(), false, new QuestionKind.AboutYou(AboutYouTopic.POSTCODE_DISTRICT))));
    }
}
