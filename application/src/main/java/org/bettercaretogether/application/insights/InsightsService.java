package org.bettercaretogether.application.insights;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.insights.Insights.Breakdown;
import org.bettercaretogether.application.insights.Insights.Counted;
import org.bettercaretogether.application.insights.Insights.Dimension;
import org.bettercaretogether.application.insights.Insights.Row;
import org.bettercaretogether.application.insights.InsightTallies.Counts;
import org.bettercaretogether.application.insights.InsightTallies.Criteria;
import org.bettercaretogether.application.insights.InsightTallies.Tally;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ListeningScorecard;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.Workstream;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Serves the insights: checks the period, turns the community, network and workstream named into the subjects of the
 * views to count, reads the counts the store keeps, and publishes them under the small-number rule. Answers are kept
 * in memory while the views, the directory and the changes made are unchanged, under the current month, which is the
 * default period's last.
 */
public final class InsightsService implements ReadInsights {

    /** The parts of the stored data an answer is read from: views, the directory's names, changes made. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.VIEWS,
            StoredData.COMMUNITY_LIFE);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    /** The key of the row of views about none of a breakdown's other rows. */
    static final String NONE = "none";

    private final Transactions transactions;
    private final InsightTallies tallies;
    private final Communities communities;
    private final ClinicalNetworks networks;
    private final Workstreams workstreams;
    private final Themes themes;
    private final ReadCache cache;
    private final Clock clock;

    @Inject
    public InsightsService(Transactions transactions, InsightTallies tallies, Communities communities,
                           ClinicalNetworks networks, Workstreams workstreams, Themes themes, ReadCache cache,
                           Clock clock) {
        this.transactions = transactions;
        this.tallies = tallies;
        this.communities = communities;
        this.networks = networks;
        this.workstreams = workstreams;
        this.themes = themes;
        this.cache = cache;
        this.clock = clock;
    }

    /** How a request and an answer name a kind of person or a channel: {@code MEMBER_OF_PUBLIC} is {@code member-of-public}. */
    public static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Outcome<Insights> insights(InsightsRequest request) {
        YearMonth now = YearMonth.from(UkTime.dayOf(clock.instant()));
        YearMonth to = request.to().orElse(now);
        YearMonth from = request.from().orElse(to.minusMonths(11));
        if (from.isAfter(to)) {
            return Outcome.rejected(Rejection.InvalidInput.of("from", "must be on or before the last month"));
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MOST_MONTHS) {
            return Outcome.rejected(Rejection.InvalidInput.of("from", "must be at most " + MOST_MONTHS
                    + " months before the last month"));
        }
        return cache.get(List.of("insights", request, now), READ_FROM,
                () -> transactions.inTransaction(() -> read(request, from, to)));
    }

    private Outcome<Insights> read(InsightsRequest request, YearMonth from, YearMonth to) {
        List<IntegratedCareCommunity> allCommunities = communities.all();
        Optional<Set<Subject>> about = Optional.empty();
        if (request.network().isPresent()) {
            Optional<ClinicalNetwork> network = networks.findBySlug(request.network().get());
            if (network.isEmpty()) {
                return Outcome.notFound("network", request.network().get());
            }
            Set<Subject> ofNetwork = new HashSet<>();
            ofNetwork.add(new Subject.AboutNetwork(network.get().id()));
            allCommunities.stream().filter(community -> community.network().equals(network.get().id()))
                    .forEach(community -> ofNetwork.add(new Subject.AboutCommunity(community.id())));
            about = Optional.of(ofNetwork);
        }
        if (request.community().isPresent()) {
            Optional<IntegratedCareCommunity> community = communities.findBySlug(request.community().get());
            if (community.isEmpty()) {
                return Outcome.notFound("community", request.community().get());
            }
            about = Optional.of(narrowed(about, new Subject.AboutCommunity(community.get().id())));
        }
        if (request.workstream().isPresent()) {
            Optional<Workstream> workstream = workstreams.findBySlug(request.workstream().get());
            if (workstream.isEmpty()) {
                return Outcome.notFound("workstream", request.workstream().get());
            }
            about = Optional.of(narrowed(about, new Subject.AboutWorkstream(workstream.get().id())));
        }
        if (request.theme().isPresent() && themes.find(request.theme().get()).isEmpty()) {
            return Outcome.notFound("theme", request.theme().get().value());
        }
        Criteria criteria = new Criteria(from, to, about, request.theme(), request.respondent(), request.channel());
        boolean nothing = about.isPresent() && about.get().isEmpty();
        Tally tally = nothing ? Tally.none() : tallies.tally(criteria);
        SortedMap<YearMonth, Integer> changes = nothing ? new TreeMap<>() : tallies.changesMade(criteria);
        return Outcome.done(insights(from, to, tally, changes, allCommunities));
    }

    /** The subjects of {@code about} that are {@code subject}: only it when there were none yet. */
    private static Set<Subject> narrowed(Optional<Set<Subject>> about, Subject subject) {
        return about.map(subjects -> subjects.contains(subject) ? Set.of(subject) : Set.<Subject>of())
                .orElse(Set.of(subject));
    }

    private Insights insights(YearMonth from, YearMonth to, Tally tally, SortedMap<YearMonth, Integer> changes,
                              List<IntegratedCareCommunity> allCommunities) {
        Counts total = tally.total();
        ListeningScorecard answers = ListeningScorecard.of(total.received(), tally.daysToAnswer(), 0);
        Optional<Double> median = total.answered() >= PublishedCount.SMALLEST_SHOWN
                ? answers.medianDaysToAnswer() : Optional.empty();
        List<YearMonth> months = Stream.iterate(from, month -> !month.isAfter(to), month -> month.plusMonths(1))
                .toList();
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(views(Dimension.MONTH, months.stream().map(month -> new Named(month.toString(),
                MONTH_NAME.format(month), received(tally.byMonth().get(month)))).toList(), Optional.empty()));
        breakdowns.add(views(Dimension.COMMUNITY, allCommunities.stream().map(community -> new Named(
                        community.slug().value(), community.name(),
                        received(tally.bySubject().get(new Subject.AboutCommunity(community.id()))))).toList(),
                Optional.of(new Remainder("Not about one community", total.received()))));
        breakdowns.add(views(Dimension.NETWORK, networks.all().stream().map(network -> new Named(
                        network.slug().value(), network.name(), received(tally.bySubject().get(
                                new Subject.AboutNetwork(network.id()))) + allCommunities.stream()
                        .filter(community -> community.network().equals(network.id()))
                        .mapToInt(community -> received(tally.bySubject().get(
                                new Subject.AboutCommunity(community.id())))).sum())).toList(),
                Optional.of(new Remainder("Not about a network or its communities", total.received()))));
        breakdowns.add(views(Dimension.WORKSTREAM, workstreams.all().stream().map(workstream -> new Named(
                        workstream.slug().value(), workstream.name(),
                        received(tally.bySubject().get(new Subject.AboutWorkstream(workstream.id()))))).toList(),
                Optional.of(new Remainder("Not about a workstream", total.received()))));
        breakdowns.add(views(Dimension.THEME, themes.all().stream()
                .filter(theme -> theme.inUse() || tally.byTheme().containsKey(theme.id()))
                .map(theme -> new Named(theme.id().value().toString(), theme.name(),
                        tally.byTheme().getOrDefault(theme.id(), 0))).toList(), Optional.empty()));
        breakdowns.add(views(Dimension.RESPONDENT, byEnum(ContributorRole.values(), ContributorRole::title,
                role -> received(tally.byRespondent().get(role))), Optional.empty()));
        breakdowns.add(views(Dimension.CHANNEL, byEnum(Channel.values(), Channel::title,
                channel -> received(tally.byChannel().get(channel))), Optional.empty()));
        breakdowns.add(new Breakdown(Counted.CHANGES_MADE, Dimension.MONTH, months.stream().map(month -> new Row(
                month.toString(), MONTH_NAME.format(month),
                new PublishedCount.Exact(changes.getOrDefault(month, 0)))).toList()));
        return new Insights(from, to, PublishedCount.of(total.received()),
                PublishedCount.percent(total.published(), total.received()),
                PublishedCount.percent(total.answered(), total.received()), median,
                PublishedCount.percent(total.answeredInTime(), total.answered()), breakdowns);
    }

    /** A row before the small-number rule. */
    private record Named(String key, String name, int count) {
    }

    /** The row of the views counted in none of the others: named so, of a total. */
    private record Remainder(String name, int total) {
    }

    private static int received(Counts counts) {
        return counts == null ? 0 : counts.received();
    }

    private static <E extends Enum<E>> List<Named> byEnum(E[] values, Function<E, String> title,
                                                          ToIntFunction<E> count) {
        return Arrays.stream(values).map(value -> new Named(key(value), title.apply(value), count.applyAsInt(value)))
                .toList();
    }

    /**
     * The breakdown of views by {@code dimension}: its rows and, when they leave some views out, the row of those;
     * every row but by theme is one of a group adding up to the views received, so published as a group.
     */
    private static Breakdown views(Dimension dimension, List<Named> named, Optional<Remainder> remainder) {
        List<Named> rows = new ArrayList<>(named);
        remainder.ifPresent(rest -> rows.add(new Named(NONE, rest.name(),
                rest.total() - named.stream().mapToInt(Named::count).sum())));
        List<PublishedCount> counts = PublishedCount.ofGroup(rows.stream().map(Named::count).toList());
        List<Row> published = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            published.add(new Row(rows.get(i).key(), rows.get(i).name(), counts.get(i)));
        }
        return new Breakdown(Counted.VIEWS, dimension, published);
    }
}
