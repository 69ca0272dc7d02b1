package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.List;
import java.util.Optional;

/**
 * The five kinds of question a consultation may ask, each with the rules an answer to it must keep: choose one
 * option, choose up to a maximum of several, place oneself on a scale, write up to a length, or say something about
 * oneself that results are counted by.
 */
public sealed interface QuestionKind {

    /** The kind as it is written in forms, the API and storage. */
    String code();

    /** The options a person chooses from; none for free text and "about you" questions. */
    default List<Option> options() {
        return List.of();
    }

    /** One option of {@code options}. */
    record SingleChoice(List<Option> options) implements QuestionKind {
        public SingleChoice {
            options = choices(options, 2);
        }

        @Override
        public String code() {
            return "single-choice";
        }
    }

    /** Any options of {@code options}, at least one and at most {@code maximum}. */
    record MultipleChoice(List<Option> options, int maximum) implements QuestionKind {
        public MultipleChoice {
            options = choices(options, 2);
            if (maximum < 1 || maximum > options.size()) {
                throw new InvalidValueException("maximum", "must be between 1 and the number of options");
            }
        }

        @Override
        public String code() {
            return "multiple-choice";
        }
    }

    /** One point of an ordered scale of 3 to 11 {@code points}, such as "strongly agree" to "strongly disagree". */
    record Scale(List<Option> points) implements QuestionKind {
        public Scale {
            points = choices(points, 3);
            if (points.size() > 11) {
                throw new InvalidValueException("options", "a scale must have at most 11 points");
            }
        }

        /** The usual five points from "strongly agree" to "strongly disagree". */
        public static Scale agreement() {
            return new Scale(List.of(new Option("strongly-agree", "Strongly agree"), new Option("agree", "Agree"),
                    new Option("neither", "Neither agree nor disagree"), new Option("disagree", "Disagree"),
                    new Option("strongly-disagree", "Strongly disagree")));
        }

        @Override
        public List<Option> options() {
            return points;
        }

        @Override
        public String code() {
            return "scale";
        }
    }

    /** Text of at most {@code maxLength} characters. */
    record FreeText(int maxLength) implements QuestionKind {
        public FreeText {
            if (maxLength < 1 || maxLength > 5_000) {
                throw new InvalidValueException("maxLength", "must be between 1 and 5000 characters");
            }
        }

        @Override
        public String code() {
            return "free-text";
        }

        @Override
        public boolean countedByOption() {
            return false;
        }
    }

    /** Something about the person answering, which results are counted by. */
    record AboutYou(AboutYouTopic topic) implements QuestionKind {
        public AboutYou {
            Require.present(topic, "topic");
        }

        @Override
        public String code() {
            return "about-you";
        }

        @Override
        public boolean countedByOption() {
            return topic != AboutYouTopic.POSTCODE_DISTRICT;
        }
    }

    /**
     * Whether results count each value of an answer as an option chosen: so they do for choices, scales, respondent
     * types and communities; free text and postcode districts are only counted as answered.
     */
    default boolean countedByOption() {
        return true;
    }

    /** The option with {@code code}, if this kind offers one. */
    default Optional<Option> option(String code) {
        return options().stream().filter(option -> option.code().equals(code)).findFirst();
    }

    private static List<Option> choices(List<Option> options, int fewest) {
        List<Option> copy = Require.distinctListOf(options, "options");
        if (copy.size() < fewest) {
            throw new InvalidValueException("options", "must offer at least " + fewest + " options");
        }
        if (copy.stream().map(Option::code).distinct().count() != copy.size()) {
            throw new InvalidValueException("options", "must not repeat a code");
        }
        return copy;
    }
}
