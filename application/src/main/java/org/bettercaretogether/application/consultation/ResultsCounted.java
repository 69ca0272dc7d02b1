package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.consultation.ConsultationResponses.Breakdown;
import org.bettercaretogether.application.consultation.ConsultationResponses.Tally;
import org.bettercaretogether.application.consultation.ConsultationResults.GroupResults;
import org.bettercaretogether.application.consultation.ConsultationResults.OptionCount;
import org.bettercaretogether.application.consultation.ConsultationResults.QuestionResults;
import org.bettercaretogether.application.shared.CountTable;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.PublishedCount.Zeros;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.consultation.QuestionKind;
import org.bettercaretogether.domain.consultation.RespondentTypes;
import org.bettercaretogether.domain.feedback.ContributorRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Turns the counts the store made into results people may read: options named, groups named, and every count
 * {@linkplain PublishedCount published} so that none under five can be read or worked out. It adds nothing up itself;
 * it only says which counts add up to which, so that {@link CountTable} can see what a reader could work out: how many
 * answered a question is the sum of its groups' in each breakdown, an option's count the sum of its groups' counts,
 * and, where each answer is one option, how many answered (overall or in a group) the sum of its options' counts.
 */
final class ResultsCounted {

    static final String NOT_SAID = "Did not say";

    private final Map<Key, Long> counts = new HashMap<>();
    private final List<IntegratedCareCommunity> communities;
    /** The groups of each breakdown, by the code the counts name them with, in the order results list them. */
    private final Map<Optional<String>, String> types = new LinkedHashMap<>();
    private final Map<Optional<String>, String> places = new LinkedHashMap<>();
    private final Map<String, String> slugs;

    private record Key(String question, Optional<String> option, Breakdown breakdown, Optional<String> group) {
    }

    /** One row of a question's table — all who answered, or one group — by the places of its counts there. */
    private record Row(Optional<String> code, String name, int answered, List<Integer> options) {
    }

    private ResultsCounted(List<Tally> tallies, List<IntegratedCareCommunity> communities) {
        tallies.forEach(tally -> counts.merge(new Key(tally.question().value(), tally.option(), tally.breakdown(),
                tally.group()), tally.count(), Long::sum));
        this.communities = communities;
        Arrays.stream(ContributorRole.values()).forEach(role ->
                types.put(Optional.of(RespondentTypes.code(role)), role.title()));
        types.put(Optional.empty(), NOT_SAID);
        communities.stream().sorted(Comparator.comparing(IntegratedCareCommunity::name)).forEach(community ->
                places.put(Optional.of(community.id().toString()), community.name()));
        places.put(Optional.empty(), NOT_SAID);
        this.slugs = communities.stream().collect(Collectors.toMap(c -> c.id().toString(), c -> c.slug().value()));
    }

    static ConsultationResults of(ConsultationSummary consultation, long responses, List<Tally> tallies,
                                  List<IntegratedCareCommunity> communities,
                                  List<FreeTextAnswers.Published> publishedAnswers) {
        ResultsCounted counted = new ResultsCounted(tallies, communities);
        Map<String, List<String>> published = publishedAnswers.stream().collect(Collectors.groupingBy(
                answer -> answer.question().value(), Collectors.mapping(FreeTextAnswers.Published::text,
                        Collectors.toList())));
        return new ConsultationResults(consultation, PublishedCount.of(responses, Zeros.HIDDEN),
                consultation.consultation().questions().stream().map(question -> counted.question(question,
                        published.getOrDefault(question.id().value(), List.of()))).toList(),
                consultation.consultation().results());
    }

    private QuestionResults question(Question question, List<String> publishedAnswers) {
        List<Option> options = optionsOf(question.kind());
        String id = question.id().value();

        CountTable table = new CountTable();
        Row all = row(table, id, options, Breakdown.OVERALL, Optional.empty(), Optional.empty(), "");
        List<Row> byType = rows(table, id, options, Breakdown.RESPONDENT_TYPE, types, Function.identity());
        List<Row> byCommunity = rows(table, id, options, Breakdown.COMMUNITY, places, this::slugOf);
        for (List<Row> breakdown : List.of(byType, byCommunity)) {
            table.sum(all.answered(), breakdown.stream().map(Row::answered).toList());
            for (int option = 0; option < options.size(); option++) {
                int at = option;
                table.sum(all.options().get(at), breakdown.stream().map(row -> row.options().get(at)).toList());
            }
        }
        if (oneOptionEach(question.kind())) {
            Stream.of(List.of(all), byType, byCommunity).flatMap(List::stream)
                    .forEach(row -> table.sum(row.answered(), row.options()));
        }
        List<PublishedCount> published = table.published(Zeros.HIDDEN);
        return new QuestionResults(question, published.get(all.answered()),
                optionCounts(all, options, published), groups(byType, options, published),
                groups(byCommunity, options, published), publishedAnswers);
    }

    /** The groups of {@code breakdown} that answered the question, in the order of {@code names}, in the table. */
    private List<Row> rows(CountTable table, String question, List<Option> options, Breakdown breakdown,
                           Map<Optional<String>, String> names,
                           Function<Optional<String>, Optional<String>> codeOf) {
        List<Row> rows = new ArrayList<>();
        names.forEach((group, name) -> {
            if (counts.containsKey(new Key(question, Optional.empty(), breakdown, group))) {
                rows.add(row(table, question, options, breakdown, group, codeOf.apply(group), name));
            }
        });
        return rows;
    }

    private Row row(CountTable table, String question, List<Option> options, Breakdown breakdown,
                    Optional<String> group, Optional<String> code, String name) {
        return new Row(code, name, table.add(count(question, Optional.empty(), breakdown, group)),
                options.stream().map(option -> table.add(count(question, Optional.of(option.code()), breakdown,
                        group))).toList());
    }

    private static List<GroupResults> groups(List<Row> rows, List<Option> options, List<PublishedCount> published) {
        return rows.stream().map(row -> new GroupResults(row.code(), row.name(), published.get(row.answered()),
                optionCounts(row, options, published))).toList();
    }

    /** The options' counts of {@code row}, each with its share of those who answered where both are shown. */
    private static List<OptionCount> optionCounts(Row row, List<Option> options, List<PublishedCount> published) {
        PublishedCount answered = published.get(row.answered());
        return IntStream.range(0, options.size()).mapToObj(at -> {
            PublishedCount count = published.get(row.options().get(at));
            return new OptionCount(options.get(at).code(), options.get(at).label(), count,
                    share(count, answered));
        }).toList();
    }

    private static Optional<Integer> share(PublishedCount count, PublishedCount answered) {
        if (count instanceof PublishedCount.Exact part && answered instanceof PublishedCount.Exact whole) {
            return Optional.of((int) Math.round(100.0 * part.value() / Math.max(part.value(), whole.value())));
        }
        return Optional.empty();
    }

    /**
     * Whether every answer to a question of {@code kind} is exactly one of its options, so that its options' counts
     * add up to how many answered: not so for multiple choice, nor for free text and postcode districts.
     */
    private static boolean oneOptionEach(QuestionKind kind) {
        return switch (kind) {
            case QuestionKind.SingleChoice single -> true;
            case QuestionKind.Scale scale -> true;
            case QuestionKind.AboutYou about -> about.countedByOption();
            case QuestionKind.MultipleChoice multiple -> false;
            case QuestionKind.FreeText text -> false;
        };
    }

    private long count(String question, Optional<String> option, Breakdown breakdown, Optional<String> group) {
        return counts.getOrDefault(new Key(question, option, breakdown, group), 0L);
    }

    /** The options a question's answers are counted by: its own, or those its "about you" topic offers. */
    private List<Option> optionsOf(QuestionKind kind) {
        return kind instanceof QuestionKind.AboutYou about ? AboutYouOptions.of(about.topic(), communities)
                : kind.options();
    }

    private Optional<String> slugOf(Optional<String> communityId) {
        return communityId.map(slugs::get);
    }

}
