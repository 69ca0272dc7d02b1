package org.bettercaretogether.web.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.web.Answers.page;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.Browser;
import org.bettercaretogether.web.Html;
import org.bettercaretogether.web.RunningPublicWeb;
import org.bettercaretogether.web.staff.StaffServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Engagement officers run a consultation on the staff pages: drafted with its times in UK time, its questions added,
 * taken out and reordered, scheduled, its closing extended and then brought forward with reasons the public reads, its results
 * published; every step in the audit log. Mistakes come back on the page with an error summary and what was typed,
 * a stale form or a step the state does not allow with 409, and questions cannot change once answered.
 */
class StaffConsultationPagesTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @RegisterExtension
    static final RunningPublicWeb web = StaffServers.plainHttp();

    @Test
    void an_officer_drafts_asks_schedules_extends_closes_and_publishes_a_consultation_and_each_step_is_audited() {
        Browser officer = officer();
        String slug = "staff-pages-" + NAMES.incrementAndGet();
        assertThat(Html.h1(page(officer.get("/staff/consultations/new"), 200))).isEqualTo("Draft a consultation");

        String consultation = drafted(officer, slug);
        assertThat(Html.text(page(officer.get(consultation + "?saved=drafted"), 200)))
                .contains("The consultation has been drafted.", "Draft", "Elective Care", "No questions yet");
        redirected(officer.submit(consultation, consultation + "/questions", "version", "1", "id", "support",
                "text", "Do you support planned operations in Kendal?", "required", "true", "kind", "scale"));
        redirected(officer.submit(consultation, consultation + "/questions", "version", "2", "id", "days",
                "text", "Which days suit you?", "kind", "multiple-choice", "options", "Monday\nSaturday\nSunday",
                "maximum", "2"));
        redirected(officer.submit(consultation, consultation + "/questions", "version", "3", "id", "extra",
                "text", "Anything else?", "kind", "free-text", "max-length", "500"));
        redirected(officer.submit(consultation, consultation + "/questions/remove", "version", "4",
                "question", "extra"));
        redirected(officer.submit(consultation, consultation + "/questions/move-up", "version", "5",
                "question", "days"));
        String withQuestions = Html.text(page(officer.get(consultation), 200));
        redirected(officer.submit(consultation, consultation + "/schedule", "version", "6"));
        String shown = Html.text(page(web.get("/consultations/" + slug), 200));
        LocalDate later = TODAY.plusDays(40);
        redirected(officer.submit(consultation, consultation + "/extend", "version", "7",
                "closes-at-day", Integer.toString(later.getDayOfMonth()),
                "closes-at-month", Integer.toString(later.getMonthValue()),
                "closes-at-year", Integer.toString(later.getYear()), "closes-at-time", "17:00",
                "reason", "Asked for at the Kendal meeting"));
        redirected(officer.submit(consultation, consultation + "/close-early", "version", "8",
                "reason", "The proposal was withdrawn"));
        List<Html.Link> whileClosed = Html.links(page(officer.get(consultation), 200));
        redirected(officer.submit(consultation, consultation + "/results", "version", "9",
                "summary", "People want operations closer to home."));
        List<Html.Link> onceResultsPublished = Html.links(page(officer.get(consultation), 200));

        assertThat(withQuestions).contains("Do you support planned operations in Kendal?", "Strongly agree",
                "Which days suit you? (optional)", "Monday, Saturday, Sunday").doesNotContain("Anything else?");
        assertThat(withQuestions.indexOf("Which days suit you?")).as("moved up, it is asked first")
                .isLessThan(withQuestions.indexOf("Do you support planned operations in Kendal?"));
        assertThat(shown).contains("Do you support planned operations in Kendal?");
        String after = Html.text(page(web.get("/consultations/" + slug), 200));
        assertThat(after).contains("Asked for at the Kendal meeting", "The proposal was withdrawn");
        assertThat(Html.text(page(web.get("/consultations/" + slug + "/results"), 200)))
                .contains("People want operations closer to home.");
        assertThat(Html.links(page(officer.get("/staff/consultations"), 200)))
                .contains(new Html.Link(consultation, "Planned operations in Kendal " + slug));
        assertThat(whileClosed).as("closed, its answers are moderated and paper ones still entered").contains(
                new Html.Link(consultation + "/free-text", "Free-text answers waiting for moderation"),
                new Html.Link(consultation + "/paper-responses",
                        "Enter a response received on paper, by phone or at a meeting"));
        assertThat(onceResultsPublished).as("once the results are published, no paper response is taken")
                .contains(new Html.Link(consultation + "/free-text", "Free-text answers waiting for moderation"))
                .noneMatch(link -> link.href().endsWith("/paper-responses"));
        String audit = Html.text(page(web.browser().signInAs(web.staff().member(Role.ADMIN))
                .get("/staff/audit-log"), 200));
        assertThat(audit).contains("consultation.drafted", "consultation.questions-changed",
                "consultation.scheduled", "consultation.extended", "consultation.closed-early",
                "consultation.results-published");
    }

    @Test
    void a_draft_with_mistakes_comes_back_with_an_error_summary_and_what_was_typed() {
        Browser officer = officer();

        HttpResponse<String> refused = officer.submit("/staff/consultations/new", "/staff/consultations/new",
                "slug", "Not A Slug", "title", "Kept as typed", "summary", "", "about", "community",
                "closes-at-day", "31", "closes-at-month", "2", "closes-at-year", "2027", "closes-at-time", "9am",
                "documents", "a line without a bar");

        String html = page(refused, 422);
        assertThat(Html.title(html)).startsWith("Error:");
        assertThat(Html.text(html)).contains("There is a problem", "Enter the summary",
                "Choose the partner that runs the consultation", "Give each document as its title, a bar",
                "must be a real date");
        assertThat(html).contains("value=\"Kept as typed\"").contains("href=\"#summary\"");
        assertThat(Html.links(page(officer.get("/staff/consultations"), 200)))
                .noneMatch(link -> link.text().equals("Kept as typed"));
    }

    @Test
    void a_wrong_question_a_stale_form_and_a_step_the_state_does_not_allow_are_shown_on_the_page() {
        Browser officer = officer();
        String consultation = drafted(officer, "staff-pages-" + NAMES.incrementAndGet());

        HttpResponse<String> wrongKind = officer.submit(consultation, consultation + "/questions", "version", "1",
                "id", "Bad Id", "text", "", "kind", "riddle");
        HttpResponse<String> noQuestions = officer.submit(consultation, consultation + "/schedule", "version", "1");
        redirected(officer.submit(consultation, consultation + "/questions", "version", "1", "id", "support",
                "text", "Do you agree?", "kind", "scale"));
        HttpResponse<String> stale = officer.submit(consultation, consultation + "/schedule", "version", "1");
        HttpResponse<String> closeADraft = officer.submit(consultation, consultation + "/close-early",
                "version", "2", "reason", "Too soon");

        assertThat(Html.text(page(wrongKind, 422))).contains("There is a problem", "Enter the question",
                "Choose the kind of question", "The short name");
        assertThat(Html.text(page(noQuestions, 422))).contains("at least one question");
        assertThat(page(noQuestions, 422)).contains("href=\"#questions\"").contains("id=\"questions\"");
        assertThat(page(stale, 409)).contains("href=\"#schedule\"");
        assertThat(Html.text(page(closeADraft, 409))).contains("Only an open consultation can be closed early");
    }

    @Test
    void questions_cannot_be_added_or_taken_out_once_the_first_answer_has_arrived() {
        Browser officer = officer();
        String slug = "staff-pages-" + NAMES.incrementAndGet();
        String consultation = drafted(officer, slug);
        redirected(officer.submit(consultation, consultation + "/questions", "version", "1", "id", "support",
                "text", "Do you agree?", "kind", "scale"));
        redirected(officer.submit(consultation, consultation + "/schedule", "version", "2"));
        web.application().answerConsultation().respond(new Slug(slug), List.of(Answer.of("support", "agree")),
                Optional.empty()).orElseThrow();
        String answered = page(officer.get(consultation), 200);

        HttpResponse<String> added = officer.submit(consultation, consultation + "/questions", "version",
                versionOn(answered), "id", "more", "text", "One more?", "kind", "free-text");

        assertThat(Html.text(answered)).as("no question form once answered").doesNotContain("Add a question");
        assertThat(Html.text(page(added, 409))).contains("The questions are locked");
    }

    @Test
    void a_new_version_of_an_answered_consultation_is_made_from_its_page_and_its_questions_change_again() {
        Browser officer = officer();
        String slug = "staff-pages-" + NAMES.incrementAndGet();
        String consultation = drafted(officer, slug);
        String draftPage = Html.text(page(officer.get(consultation), 200));
        redirected(officer.submit(consultation, consultation + "/questions", "version", "1", "id", "support",
                "text", "Do you agree?", "kind", "scale"));
        redirected(officer.submit(consultation, consultation + "/schedule", "version", "2"));
        web.application().answerConsultation().respond(new Slug(slug), List.of(Answer.of("support", "agree")),
                Optional.empty()).orElseThrow();
        String version = versionOn(page(officer.get(consultation), 200));

        HttpResponse<String> noAddress = officer.submit(consultation, consultation + "/new-version",
                "version", version, "slug", "");
        HttpResponse<String> taken = officer.submit(consultation, consultation + "/new-version",
                "version", version, "slug", slug);
        HttpResponse<String> made = officer.submit(consultation, consultation + "/new-version",
                "version", version, "slug", slug + "-2");
        String newer = made.headers().firstValue("Location").orElseThrow();
        String newerPage = page(officer.get(newer), 200);
        redirected(officer.submit(newer, newer.substring(0, newer.indexOf('?')) + "/questions", "version", "1",
                "id", "reason", "text", "Why?", "kind", "free-text"));
        String earlierPage = page(officer.get(consultation), 200);

        assertThat(draftPage).doesNotContain("Make a new version");
        assertThat(Html.text(page(noAddress, 422))).contains("There is a problem",
                "Enter the consultation's address");
        assertThat(page(taken, 422)).contains("href=\"#slug\"");
        assertThat(Html.text(page(taken, 422))).contains("is the address of another consultation");
        redirected(made);
        assertThat(newer).matches("/staff/consultations/[0-9a-f-]{36}\\?saved=new-version")
                .doesNotStartWith(consultation);
        assertThat(Html.text(newerPage)).contains("This new version has been drafted", "Draft",
                "This is a new version of Planned operations in Kendal " + slug, "Do you agree?", "Add a question");
        assertThat(Html.links(newerPage)).contains(new Html.Link(consultation, "Planned operations in Kendal " + slug));
        assertThat(Html.text(earlierPage)).contains("Its new version").doesNotContain("Make a new version");
        assertThat(Html.text(page(web.browser().signInAs(web.staff().member(Role.ADMIN)).get("/staff/audit-log"),
                200))).contains("consultation.new-version");
    }

    private static String versionOn(String html) {
        Matcher read = Pattern.compile("name=\"version\" value=\"([0-9]+)\"").matcher(html);
        assertThat(read.find()).isTrue();
        return read.group(1);
    }

    /** Drafts a consultation about Elective Care through the form, opening yesterday and closing in 30 days. */
    private static String drafted(Browser officer, String slug) {
        LocalDate opens = TODAY.minusDays(1);
        LocalDate closes = TODAY.plusDays(30);
        List<String> fields = new ArrayList<>(Arrays.asList("slug", slug, "title", "Planned operations in Kendal "
                        + slug, "summary", "Should more planned operations happen at Westmorland General?",
                "about", "workstream", "workstream", "elective-care",
                "run-by", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY.toString(),
                "decision-informed", "Which operations move to Kendal",
                "documents", "The case for change | https://example.org/case.pdf",
                "opens-at-day", Integer.toString(opens.getDayOfMonth()),
                "opens-at-month", Integer.toString(opens.getMonthValue()),
                "opens-at-year", Integer.toString(opens.getYear()), "opens-at-time", "09:00",
                "closes-at-day", Integer.toString(closes.getDayOfMonth()),
                "closes-at-month", Integer.toString(closes.getMonthValue()),
                "closes-at-year", Integer.toString(closes.getYear()), "closes-at-time", "23:59"));
        HttpResponse<String> drafted = officer.submit("/staff/consultations/new", "/staff/consultations/new",
                fields.toArray(String[]::new));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(303);
        String location = drafted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/staff/consultations/[0-9a-f-]{36}\\?saved=drafted");
        return location.substring(0, location.indexOf('?'));
    }

    private static void redirected(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    }

    private static Browser officer() {
        return web.browser().signInAs(web.staff().member(Role.ENGAGEMENT_OFFICER));
    }
}
