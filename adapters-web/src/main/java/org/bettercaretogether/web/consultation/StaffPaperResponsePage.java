package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The model of the staff form that enters a response received on paper, by phone or at a meeting
 * ({@code /staff/consultations/{id}/paper-responses}): how it came, the day it was received, the event or batch,
 * whether the person agreed their written answers may be published, and every question as a field — a list to choose
 * from, boxes to tick, a text box or a short text — each with what was typed when the form comes back with problems.
 */
public record StaffPaperResponsePage(String consultation, String action, List<Choice> channels, Map<String, String> typed,
                                     List<Field> questions, FormErrors errors, String notice) {

    public static final String HEADING = "Enter a response received on paper";

    public StaffPaperResponsePage {
        questions = List.copyOf(questions);
        typed = Map.copyOf(typed);
    }

    /** One question as a field: {@code control} is {@code select}, {@code checkboxes}, {@code textarea} or {@code input}. */
    public record Field(String id, String label, String control, List<Choice> choices, List<String> values) {

        public String value() {
            return values.isEmpty() ? "" : values.getFirst();
        }
    }

    static StaffPaperResponsePage of(Consultation consultation, String action,
                                     Function<AboutYouTopic, List<Option>> aboutYou, Map<String, String> typed,
                                     Map<String, List<String>> answers, FormErrors errors, String notice) {
        return new StaffPaperResponsePage(consultation.title(), action,
                Arrays.stream(Channel.values()).filter(channel -> channel != Channel.ONLINE)
                        .map(channel -> new Choice(channel.name(), channel.title())).toList(), typed,
                consultation.questions().stream().map(question -> field(question, aboutYou,
                        answers.getOrDefault(question.id().value(), List.of()))).toList(), errors, notice);
    }

    public String title() {
        return (errors.isEmpty() ? "" : "Error: ") + HEADING + " - " + consultation;
    }

    /** The one box that says the person agreed their written answers may be published. */
    public List<Choice> publishChoice() {
        return List.of(new Choice(StaffPaperResponseRoutes.AGREED, "They agreed their written answers may be "
                + "published, once moderated"));
    }

    /** The box ticked, when it was. */
    public List<String> publishTicked() {
        return typed(StaffPaperResponseRoutes.PUBLISH).isEmpty() ? List.of() : List.of(StaffPaperResponseRoutes.AGREED);
    }

    /** What was typed in the form field {@code name}, or nothing. */
    public String typed(String name) {
        return typed.getOrDefault(name, "");
    }

    private static Field field(Question question, Function<AboutYouTopic, List<Option>> aboutYou, List<String> values) {
        String id = question.id().value();
        String label = question.text() + (question.required() ? "" : " (optional)");
        return switch (question.kind()) {
            case QuestionKind.MultipleChoice multiple -> new Field(id, label, "checkboxes", choices(multiple.options()),
                    values);
            case QuestionKind.FreeText text -> new Field(id, label, "textarea", List.of(), values);
            case QuestionKind.AboutYou about when about.topic() == AboutYouTopic.POSTCODE_DISTRICT ->
                    new Field(id, label, "input", List.of(), values);
            case QuestionKind.AboutYou about -> new Field(id, label, "select", choices(aboutYou.apply(about.topic())),
                    values);
            default -> new Field(id, label, "select", choices(question.kind().options()), values);
        };
    }

    private static List<Choice> choices(List<Option> options) {
        return options.stream().map(option -> new Choice(option.code(), option.label())).toList();
    }
}
