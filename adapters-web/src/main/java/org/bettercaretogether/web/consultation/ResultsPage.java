package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.YouSaidWeDidLinks;

import java.util.List;

/**
 * The model of {@code /consultations/{slug}/results}: how many responded and, for each question, how many chose each
 * option overall, by respondent type and by community — every count as {@link PublishedCount} reads, so a count under
 * five reads "fewer than 5", one from which a small count could be worked out reads "not shown", and neither has a
 * share — the programme's summary once published, and the changes made that came from the consultation.
 */
public record ResultsPage(ConsultationPage consultation, String responses, List<QuestionTable> questions,
                          String summary, String published, List<ChangeLink> changes) {

    /** A change made that came from the consultation, linked to its card on the "you said, we did" page. */
    public record ChangeLink(String title, String status, String href) {
    }

    /**
     * One question: how many answered, its options' counts, and the same by group (none for free text); for free
     * text, the answers moderators published, which name no one.
     */
    public record QuestionTable(String id, String text, String answered, List<Cell> options, List<String> optionLabels,
                                List<GroupRow> byRespondentType, List<GroupRow> byCommunity,
                                List<String> publishedAnswers) {
    }

    /** A count as shown, with its share ("75%") when it is shown. */
    public record Cell(String label, String count, String share) {
    }

    public record GroupRow(String name, String answered, List<Cell> options) {
    }

    static ResultsPage of(ConsultationResults results, List<ChangeSummary> changes) {
        return new ResultsPage(ConsultationPage.card(results.consultation()), results.responses().text(),
                results.questions().stream().map(ResultsPage::question).toList(),
                results.summary().map(published -> published.summary()).orElse(null),
                results.summary().map(published -> Formats.dateTime(published.publishedAt())).orElse(null),
                changes.stream().map(ChangeSummary::change).map(change -> new ChangeLink(change.title(),
                        change.status().title(), YouSaidWeDidLinks.change(change.id()))).toList());
    }

    private static QuestionTable question(ConsultationResults.QuestionResults question) {
        return new QuestionTable(question.question().id().value(), question.question().text(), question.answered().text(), cells(question.options()),
                question.options().stream().map(ConsultationResults.OptionCount::label).toList(),
                rows(question.byRespondentType()), rows(question.byCommunity()), question.publishedAnswers());
    }

    private static List<GroupRow> rows(List<ConsultationResults.GroupResults> groups) {
        return groups.stream().map(group -> new GroupRow(group.name(), group.answered().text(),
                cells(group.options()))).toList();
    }

    private static List<Cell> cells(List<ConsultationResults.OptionCount> options) {
        return options.stream().map(option -> new Cell(option.label(), option.count().text(),
                option.percent().map(percent -> percent + "%").orElse(""))).toList();
    }
}
