package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.consultation.ConsultationResponses.Breakdown;
import org.bettercaretogether.application.consultation.ConsultationResponses.Tally;
import org.bettercaretogether.application.consultation.ConsultationResults.GroupResults;
import org.bettercaretogether.application.consultation.ConsultationResults.OptionCount;
import org.bettercaretogether.application.consultation.ConsultationResults.QuestionResults;
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

/**
 * Turns the counts the store made into results people may read: options named, groups named, and every count
 * {@linkplain ReportedCount reported}, so that nothing under five is shown. It adds nothing up itself.
 */
final class ResultsCounted {

    static final String NOT_SAID = "Did not say";

    private final Map<Key, Long> counts = new HashMap<>();
    private final List<IntegratedCareCommunity> communities;

    private record Key(String question, Optional<String> option, Breakdown breakdown, Optional<String> group) {
    }

    private ResultsCounted(List<Tally> tallies, List<IntegratedCareCommunity> communities) {
        tallies.forEach(tally -> counts.merge(new Key(tally.question().value(), tally.option(), tally.breakdown(),
                tally.group()), tally.count(), Long::sum));
        this.communities = communities;
    }

    static ConsultationResults of(ConsultationSummary consultation, long responses, List<Tally> tallies,
                                  List<IntegratedCareCommunity> communities) {
        ResultsCounted counted = new ResultsCounted(tallies, communities);
        return new ConsultationResults(consultation, ReportedCount.total(responses),
                consultation.consultation().questions().stream().map(counted::question).toList(),
                consultation.consultation().results());
    }

    private QuestionResults question(Question question) {
        List<Option> options = optionsOf(question.kind());
        String id = question.id().value();
        Map<Optional<String>, String> types = new LinkedHashMap<>();
        Arrays.stream(ContributorRole.values()).forEach(role ->
                types.put(Optional.of(RespondentTypes.code(role)), role.title()));
        types.put(Optional.empty(), NOT_SAID);
        Map<Optional<String>, String> places = new LinkedHashMap<>();
        communities.stream().sorted(Comparator.comparing(IntegratedCareCommunity::name)).forEach(community ->
                places.put(Optional.of(community.id().toString()), community.name()));
        places.put(Optional.empty(), NOT_SAID);
        return new QuestionResults(question, answered(id, Breakdown.OVERALL, Optional.empty()),
                optionCounts(id, options, Breakdown.OVERALL, Optional.empty()),
                groups(id, options, Breakdown.RESPONDENT_TYPE, types, Function.identity()),
                groups(id, options, Breakdown.COMMUNITY, places, this::slugOf));
    }

    /** The groups of {@code breakdown} that answered the question, in the order of {@code names}. */
    private List<GroupResults> groups(String question, List<Option> options, Breakdown breakdown,
                                      Map<Optional<String>, String> names,
                                      Function<Optional<String>, Optional<String>> codeOf) {
        List<GroupResults> groups = new ArrayList<>();
        names.forEach((group, name) -> {
            if (counts.containsKey(new Key(question, Optional.empty(), breakdown, group))) {
                groups.add(new GroupResults(codeOf.apply(group), name, answered(question, breakdown, group),
                        optionCounts(question, options, breakdown, group)));
            }
        });
        return groups;
    }

    private ReportedCount answered(String question, Breakdown breakdown, Optional<String> group) {
        return ReportedCount.total(count(question, Optional.empty(), breakdown, group));
    }

    private List<OptionCount> optionCounts(String question, List<Option> options, Breakdown breakdown,
                                           Optional<String> group) {
        long answered = count(question, Optional.empty(), breakdown, group);
        return options.stream().map(option -> new OptionCount(option.code(), option.label(),
                ReportedCount.of(count(question, Optional.of(option.code()), breakdown, group), answered))).toList();
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
        Map<String, String> slugs = communities.stream().collect(Collectors.toMap(c -> c.id().toString(),
                c -> c.slug().value()));
        return communityId.map(slugs::get);
    }

}
