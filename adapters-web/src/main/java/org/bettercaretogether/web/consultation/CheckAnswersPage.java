package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.List;
import java.util.function.Function;

/**
 * The model of "Check your answers" ({@code /consultations/{slug}/respond/check}): every question with the answer
 * given, each with a link to change it; whether the written answers may be published (asked only when the
 * consultation asks for free text, and no until the person says yes) and an optional address for updates, as last
 * sent; the button that sends them, and why the last send was refused.
 */
public record CheckAnswersPage(String slug, String consultation, List<AnswerShown> answers, String backHref,
                               String action, FormErrors errors, boolean asksFreeText, boolean publishFreeText,
                               String email) {

    public static final String HEADING = "Check your answers before sending them";

    public CheckAnswersPage {
        answers = List.copyOf(answers);
    }

    static CheckAnswersPage of(Consultation consultation, List<Answer> given,
                               Function<AboutYouTopic, List<Option>> aboutYou, FormErrors errors,
                               boolean publishFreeText, String email) {
        String slug = consultation.slug().value();
        return new CheckAnswersPage(slug, consultation.title(), consultation.questions().stream()
                .map(question -> AnswerShown.of(question, given, aboutYou,
                        AnswerRoutes.question(slug, question) + "?" + AnswerRoutes.CHANGE + "=1"))
                .toList(),
                consultation.questions().isEmpty() ? AnswerRoutes.start(slug)
                        : AnswerRoutes.question(slug, consultation.questions().getLast()),
                AnswerRoutes.check(slug), errors, consultation.questions().stream()
                        .anyMatch(question -> question.kind() instanceof QuestionKind.FreeText), publishFreeText, email);
    }

    public String title() {
        return (errors.isEmpty() ? "" : "Error: ") + HEADING + " - " + consultation;
    }
}
