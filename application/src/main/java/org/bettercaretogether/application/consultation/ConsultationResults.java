package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.domain.consultation.PublishedResults;
import org.bettercaretogether.domain.consultation.Question;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a closed consultation heard: how many responded, and for each question how many answered it and chose each
 * option — overall, by respondent type and by community — each count {@linkplain PublishedCount published} so that
 * no count under five can be read, nor worked out from the totals beside it; and the staff's summary once published.
 */
public record ConsultationResults(ConsultationSummary consultation, PublishedCount responses,
                                  List<QuestionResults> questions, Optional<PublishedResults> summary) {

    public ConsultationResults {
        questions = List.copyOf(questions);
    }

    /**
     * One question's counts. Free-text and postcode questions have no options, only how many answered them; a
     * free-text question has the answers moderators published ({@code publishedAnswers}), given with consent, with
     * nothing that says who wrote them.
     */
    public record QuestionResults(Question question, PublishedCount answered, List<OptionCount> options,
                                  List<GroupResults> byRespondentType, List<GroupResults> byCommunity,
                                  List<String> publishedAnswers) {
        public QuestionResults {
            publishedAnswers = List.copyOf(publishedAnswers);
            options = List.copyOf(options);
            byRespondentType = List.copyOf(byRespondentType);
            byCommunity = List.copyOf(byCommunity);
        }
    }

    /**
     * How many chose one option ({@code code}, read as {@code label}), and their share, in per cent, of those who
     * answered: given only when both the count and how many answered are shown, as a share and one of them would
     * give the other away.
     */
    public record OptionCount(String code, String label, PublishedCount count, Optional<Integer> percent) {
        public OptionCount {
            Objects.requireNonNull(count, "count");
            if (percent.isPresent() && !count.shown()) {
                throw new IllegalArgumentException("a count not shown has no share either");
            }
        }
    }

    /**
     * One question's counts among the responses of one group: a respondent type or community ({@code code}: the
     * type's code or the community's slug; empty, and named "Did not say", for those who did not say).
     */
    public record GroupResults(Optional<String> code, String name, PublishedCount answered, List<OptionCount> options) {
        public GroupResults {
            options = List.copyOf(options);
        }
    }
}
