package org.bettercaretogether.web.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionId;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * A question as staff write it, in the staff API and on the staff pages alike: its {@code id} (lower-case words
 * joined by hyphens, what answers name it by), its text and help, whether an answer is {@code required}, and its
 * {@code kind}: {@code single-choice} or {@code multiple-choice} (with {@code options}, their labels, and for a
 * multiple choice the {@code maximum} to choose), {@code scale} (its points as {@code options}; none for the usual
 * five from "Strongly agree" to "Strongly disagree"), {@code free-text} (with its {@code maxLength}) or
 * {@code about-you} (with its {@code topic}: {@code respondent-type}, {@code community} or {@code postcode-district}).
 * Each option's code is made from its label ("Strongly agree" is {@code strongly-agree}).
 */
public record QuestionBody(String id, String text, String help, Boolean required, String kind, List<String> options,
                           Integer maximum, Integer maxLength, String topic) {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String HELP = "help";
    static final String KIND = "kind";
    static final String OPTIONS = "options";
    static final String MAXIMUM = "maximum";
    static final String MAX_LENGTH = "maxLength";
    static final String TOPIC = "topic";
    /** The kinds, by code, in the order forms offer them. */
    static final List<String> KINDS = List.of("single-choice", "multiple-choice", "scale", "free-text", "about-you");

    public QuestionBody {
        options = options == null ? List.of() : options.stream().filter(option -> option != null && !option.isBlank())
                .map(String::strip).toList();
    }

    /** The question, or empty with every problem of its fields recorded (under {@code prefix}, such as "questions[2]."). */
    Optional<Question> question(FieldChecks checks, String prefix) {
        Optional<QuestionId> questionId = idOf(checks, prefix);
        checks.required(prefix + TEXT, text, "Enter the question");
        Optional<QuestionKind> questionKind = kindOf(checks, prefix);
        if (questionId.isEmpty() || questionKind.isEmpty() || checks.has(prefix + TEXT)) {
            return Optional.empty();
        }
        return checks.check(prefix + TEXT, "The question", () -> new Question(questionId.get(), text,
                help == null || help.isBlank() ? Optional.empty() : Optional.of(help), Boolean.TRUE.equals(required),
                questionKind.get()));
    }

    private Optional<QuestionId> idOf(FieldChecks checks, String prefix) {
        if (!checks.required(prefix + ID, id, "Enter the question's short name, such as support")) {
            return Optional.empty();
        }
        return checks.check(prefix + ID, "The short name", () -> new QuestionId(id.strip()));
    }

    private Optional<QuestionKind> kindOf(FieldChecks checks, String prefix) {
        if (kind == null || !KINDS.contains(kind)) {
            checks.add(prefix + KIND, "Choose the kind of question: " + String.join(", ", KINDS));
            return Optional.empty();
        }
        return switch (kind) {
            case "single-choice" -> checks.check(prefix + OPTIONS, "The options",
                    () -> new QuestionKind.SingleChoice(optionList()));
            case "multiple-choice" -> checks.check(prefix + OPTIONS, "The options", () -> {
                List<Option> all = optionList();
                return new QuestionKind.MultipleChoice(all, maximum == null ? all.size() : maximum);
            });
            case "scale" -> checks.check(prefix + OPTIONS, "The points of the scale", () -> options.isEmpty()
                    ? QuestionKind.Scale.agreement() : new QuestionKind.Scale(optionList()));
            case "free-text" -> checks.check(prefix + MAX_LENGTH, "The longest answer",
                    () -> new QuestionKind.FreeText(maxLength == null ? 1_000 : maxLength));
            default -> topicOf(checks, prefix).map(QuestionKind.AboutYou::new);
        };
    }

    private Optional<AboutYouTopic> topicOf(FieldChecks checks, String prefix) {
        for (AboutYouTopic known : AboutYouTopic.values()) {
            if (topicCode(known).equals(topic)) {
                return Optional.of(known);
            }
        }
        checks.add(prefix + TOPIC, "Choose what the question asks about the person: respondent-type, community or "
                + "postcode-district");
        return Optional.empty();
    }

    /** How forms and the API name a topic: {@code respondent-type}, {@code community}, {@code postcode-district}. */
    static String topicCode(AboutYouTopic topic) {
        return topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private List<Option> optionList() {
        List<Option> made = new ArrayList<>();
        for (String label : options) {
            try {
                String code = Slug.fromName(label).value();
                // an option's code is at most 40 characters; a long label is known by its first words
                made.add(new Option(code.length() <= 40 ? code : code.substring(0, 40).replaceAll("-+$", ""), label));
            } catch (InvalidValueException notACode) {
                throw new InvalidValueException("options", "must each have letters or digits: " + label);
            }
        }
        return made;
    }
}
