package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.keyquestion.KeyQuestionDraft;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.domain.keyquestion.KeyQuestion;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key questions in the running service, on its real database: the first start publishes the eight the schema
 * comes with, and what staff change is still so after a restart.
 */
class KeyQuestionsSystemTest {

    private static final Pattern QUESTION_HEADING = Pattern.compile("<h2 class=\"govuk-heading-l\" id=\"[^\"]+\">");

    @TempDir
    Path dataDirectory;

    @Test
    void the_first_start_publishes_the_eight_key_questions_and_a_restart_keeps_what_staff_changed() {
        Configuration configuration = Configuration.embedded(0, dataDirectory);
        String reworded;
        try (RunningService first = RunningService.start(configuration)) {
            Http http = new Http(first.port());
            HttpResponse<String> page = http.get("/key-questions");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(QUESTION_HEADING.matcher(page.body()).results().count()).isEqualTo(8);
            assertThat(page.body()).contains("What is an Integrated Care Community?")
                    .contains("<a class=\"govuk-link\" href=\"/privacy\">/privacy</a>");
            assertThat(http.json("/api/v1/key-questions").get("items")).hasSize(8);

            StaffMember admin = first.get(CreateAdministrator.class).create(
                    new EmailAddress("key.questions@example.nhs.uk"), "Key Questions Admin",
                    MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow().member();
            Actor actor = new Actor(admin.id(), admin.partner(), admin.roles());
            ManageKeyQuestions manage = first.get(ManageKeyQuestions.class);
            KeyQuestion last = first.get(ReadKeyQuestions.class).all().getLast();
            reworded = manage.revise(actor, last.id(), last.version(),
                    new KeyQuestionDraft("How can I contact the programme?", last.answer())).orElseThrow().question();
            KeyQuestion removed = first.get(ReadKeyQuestions.class).all().getFirst();
            manage.remove(actor, removed.id(), removed.version()).orElseThrow();
        }
        try (RunningService second = RunningService.start(configuration)) {
            Http http = new Http(second.port());
            assertThat(http.json("/api/v1/key-questions").get("items")).hasSize(7);
            assertThat(http.get("/key-questions").body()).contains(reworded)
                    .doesNotContain("What is Better Care Together?</h2>");
        }
    }
}
