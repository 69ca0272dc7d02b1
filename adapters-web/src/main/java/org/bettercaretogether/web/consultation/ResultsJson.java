package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.web.platform.YouSaidWeDidLinks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The results of a closed consultation as the public API answers them. Every count is a {@link Count}: the number and
 * its share of those who answered, or — under five, or where a count under five could be worked out from it —
 * neither, with {@code shown} reading "fewer than 5" or "not shown", so that nobody can be singled out. {@code summary} is the
 * programme's own account, once published; {@code changesMade} the changes made that came from the consultation
 * ("we did"), each with the address of its card on the "you said, we did" page.
 */
public record ResultsJson(ConsultationJson consultation, Count responses, List<QuestionResultsJson> questions,
                          String summary, Instant publishedAt, List<ChangeMadeJson> changesMade) {

    /**
     * A count: {@code count} is absent when it is not shown, {@code percent} (of those who answered the question, in
     * that group) when either it or how many answered is not; {@code shown} is what to print either way.
     */
    public record Count(Long count, Integer percent, String shown) {

        static Count of(PublishedCount published, Optional<Integer> percent) {
            return new Count(published instanceof PublishedCount.Exact exact ? Long.valueOf(exact.value()) : null,
                    percent.orElse(null), published.text());
        }

        static Count of(PublishedCount published) {
            return of(published, Optional.empty());
        }
    }

    public record OptionCountJson(String code, String label, Count count) {
    }

    /** One group's counts: a respondent type (by code) or a community (by slug); no code for those who did not say. */
    public record GroupJson(String code, String name, Count answered, List<OptionCountJson> options) {
    }

    public record QuestionResultsJson(String id, String text, String kind, Count answered,
                                      List<OptionCountJson> options, List<GroupJson> byRespondentType,
                                      List<GroupJson> byCommunity, List<String> publishedAnswers) {
    }

    /** A change made that came from the consultation: its id, title, status and where the public reads it. */
    public record ChangeMadeJson(String id, String title, String status, String page) {

        static List<ChangeMadeJson> of(List<ChangeSummary> changes) {
            return changes.stream().map(ChangeSummary::change).map(change -> new ChangeMadeJson(
                    change.id().toString(), change.title(), change.status().name(),
                    YouSaidWeDidLinks.change(change.id()))).toList();
        }
    }

    static ResultsJson of(ConsultationResults results, List<ChangeSummary> changes) {
        return new ResultsJson(ConsultationJson.brief(results.consultation()), Count.of(results.responses()),
                results.questions().stream().map(ResultsJson::question).toList(),
                results.summary().map(published -> published.summary()).orElse(null),
                results.summary().map(published -> published.publishedAt()).orElse(null),
                ChangeMadeJson.of(changes));
    }

    private static QuestionResultsJson question(ConsultationResults.QuestionResults question) {
        return new QuestionResultsJson(question.question().id().value(), question.question().text(),
                question.question().kind().code(), Count.of(question.answered()), options(question.options()),
                groups(question.byRespondentType()), groups(question.byCommunity()), question.publishedAnswers());
    }

    private static List<GroupJson> groups(List<ConsultationResults.GroupResults> groups) {
        return groups.stream().map(group -> new GroupJson(group.code().orElse(null), group.name(),
                Count.of(group.answered()), options(group.options()))).toList();
    }

    private static List<OptionCountJson> options(List<ConsultationResults.OptionCount> options) {
        return options.stream().map(option -> new OptionCountJson(option.code(), option.label(),
                Count.of(option.count(), option.percent()))).toList();
    }
}
