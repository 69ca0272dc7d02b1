package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.PublishedResults;
import org.bettercaretogether.domain.consultation.Question;

import java.util.List;
import java.util.Optional;

/**
 * What a closed consultation heard: how many responded, and for each question how many answered it and chose each
 * option — overall, by respondent type and by community — each count {@linkplain ReportedCount reported} so that
 * counts under five are hidden; and the staff's summary once published.
 */
public record ConsultationResults(ConsultationSummary consultation, ReportedCount responses,
                                  List<QuestionResults> questions, Optional<PublishedResults> summary) {

    public ConsultationResults {
        questions = List.copyOf(questions);
    }

    /** One question's counts. Free-text and postcode questions have no options, only how many answered them. */
    public record QuestionResults(Question question, ReportedCount answered, List<OptionCount> options,
                                  List<GroupResults> byRespondentType, List<GroupResults> byCommunity) {
        public QuestionResults {
            options = List.copyOf(options);
            byRespondentType = List.copyOf(byRespondentType);
            byCommunity = List.copyOf(byCommunity);
        }
    }

    /** How many chose one option ({@code code}, read as {@code label}), and their share of those who answered. */
    public record OptionCount(String code, String label, ReportedCount count) {
    }

    /**
     * One question's counts among the responses of one group: a respondent type or community ({@code code}: the
     * type's code or the community's slug; empty, and named "Did not say", for those who did not say).
     */
    public record GroupResults(Optional<String> code, String name, ReportedCount answered, List<OptionCount> options) {
        public GroupResults {
            options = List.copyOf(options);
        }
    }
}
