package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

import java.util.List;

/**
 * What a person gave for one question: the codes of the options they chose, or the one text they wrote, or the code
 * of what they said about themselves (a respondent type such as {@code patient}, a community's slug, a postcode
 * district). Whether it fits the question is for the consultation to say ({@link Consultation#answer}).
 */
public record Answer(QuestionId question, List<String> values) {

    public Answer {
        Require.present(question, "question");
        values = Require.listOf(values, "values");
    }

    public static Answer of(String question, String... values) {
        return new Answer(new QuestionId(question), List.of(values));
    }
}
