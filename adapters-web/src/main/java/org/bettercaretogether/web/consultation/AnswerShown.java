package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Answer;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionKind;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One question and the answer given to it, in words (the labels of the options chosen, or what was written), as
 * "Check your answers" and one's own answers show them; {@code changeHref} leads back to the question, where it can
 * still be changed.
 */
public record AnswerShown(String questionId, String question, List<String> answer, String changeHref) {

    public AnswerShown {
        answer = List.copyOf(answer);
    }

    /** What was given to {@code question} among {@code answers}, in words; "Not answered" when nothing was. */
    static AnswerShown of(Question question, List<Answer> answers, Function<AboutYouTopic, List<Option>> aboutYou,
                          String changeHref) {
        List<String> values = given(question, answers).map(Answer::values).orElse(List.of());
        List<Option> options = options(question.kind(), aboutYou);
        List<String> words = values.stream().map(value -> options.stream()
                .filter(option -> option.code().equals(value)).findFirst().map(Option::label).orElse(value)).toList();
        return new AnswerShown(question.id().value(), question.text(),
                words.isEmpty() ? List.of("Not answered") : words, changeHref);
    }

    /** The options a question offers: its own, or for "about you" the respondent types or communities. */
    static List<Option> options(QuestionKind kind, Function<AboutYouTopic, List<Option>> aboutYou) {
        return kind instanceof QuestionKind.AboutYou about ? aboutYou.apply(about.topic()) : kind.options();
    }

    /** The value given to {@code question} among {@code answers}, if any. */
    static Optional<Answer> given(Question question, List<Answer> answers) {
        return answers.stream().filter(answer -> answer.question().equals(question.id())).findFirst();
    }
}
