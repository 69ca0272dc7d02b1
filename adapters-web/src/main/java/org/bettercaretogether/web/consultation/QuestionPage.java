package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;

import java.util.List;
import java.util.function.Function;

/**
 * The model of one question's page ({@code /consultations/{slug}/respond/{question}}): the question as its heading,
 * its help, the control its kind asks for ({@code radios}, {@code checkboxes}, {@code textarea}, {@code select} or
 * {@code input}) with the answers offered and those already given, where the back link and the form lead, and the
 * error of the last attempt.
 */
public record QuestionPage(String consultation, String id, String text, String hint, boolean required,
                           String control, List<Choice> choices, List<String> values, String position,
                           String backHref, String action, FormErrors errors) {

    public QuestionPage {
        choices = List.copyOf(choices);
        values = List.copyOf(values);
    }

    static QuestionPage of(Consultation consultation, Question question, List<Answer> answers, boolean change,
                           Function<AboutYouTopic, List<Option>> aboutYou, FormErrors errors) {
        List<Question> questions = consultation.questions();
        int index = questions.indexOf(question);
        String slug = consultation.slug().value();
        String back = change ? AnswerRoutes.check(slug)
                : index == 0 ? AnswerRoutes.start(slug) : AnswerRoutes.question(slug, questions.get(index - 1));
        List<Choice> choices = AnswerShown.options(question.kind(), aboutYou).stream()
                .map(option -> new Choice(option.code(), option.label())).toList();
        List<String> values = AnswerShown.given(question, answers).map(Answer::values).orElse(List.of());
        return new QuestionPage(consultation.title(), question.id().value(), question.text(),
                hint(question), question.required(), control(question.kind()), choices, values,
                "Question " + (index + 1) + " of " + questions.size(),
                back, AnswerRoutes.question(slug, question) + (change ? "?" + AnswerRoutes.CHANGE + "=1" : ""),
                errors);
    }

    /** The page again with what was just sent, and why it was refused. */
    QuestionPage refused(List<String> sent, FormErrors refusal) {
        return new QuestionPage(consultation, id, text, hint, required, control, choices, sent, position, backHref,
                action, refusal);
    }

    public String title() {
        return (errors.isEmpty() ? "" : "Error: ") + text + " - " + consultation;
    }

    public String value() {
        return values.isEmpty() ? "" : values.getFirst();
    }

    public String error() {
        return errors.of(id);
    }

    private static String control(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.SingleChoice ignored -> "radios";
            case QuestionKind.Scale ignored -> "radios";
            case QuestionKind.MultipleChoice ignored -> "checkboxes";
            case QuestionKind.FreeText ignored -> "textarea";
            case QuestionKind.AboutYou about -> switch (about.topic()) {
                case RESPONDENT_TYPE -> "radios";
                case COMMUNITY -> "select";
                case POSTCODE_DISTRICT -> "input";
            };
        };
    }

    /** The help staff wrote, then what the kind asks ("Select up to 2"), and "(optional)" where it may be left. */
    private static String hint(Question question) {
        String how = switch (question.kind()) {
            case QuestionKind.MultipleChoice multiple -> "Select up to " + multiple.maximum() + ".";
            case QuestionKind.FreeText text -> "You can enter up to " + Formats.number(text.maxLength())
                    + " characters.";
            case QuestionKind.AboutYou about when about.topic() == AboutYouTopic.POSTCODE_DISTRICT ->
                    "For example, LA9.";
            default -> "";
        };
        String help = question.help().map(words -> words + " ").orElse("");
        String optional = question.required() ? "" : " You can leave this question out.";
        String all = (help + how + optional).strip();
        return all.isEmpty() ? null : all;
    }
}
