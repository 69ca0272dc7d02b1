package org.bettercaretogether.memory;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/** {@link InsightTallies} counted from the views and changes held in memory, each time it is asked. */
final class InMemoryInsightTallies implements InsightTallies {

    private final Supplier<List<Feedback>> views;
    private final ChangesMade changes;

    InMemoryInsightTallies(Supplier<List<Feedback>> views, ChangesMade changes) {
        this.views = views;
        this.changes = changes;
    }

    @Override
    public Tally tally(Criteria criteria) {
        Counts total = Counts.NONE;
        Map<YearMonth, Counts> months = new HashMap<>();
        Map<Subject, Counts> subjects = new HashMap<>();
        Map<ContributorRole, Counts> respondents = new EnumMap<>(ContributorRole.class);
        Map<Channel, Counts> channels = new EnumMap<>(Channel.class);
        Map<ThemeId, Integer> themes = new HashMap<>();
        SortedMap<Long, Integer> days = new TreeMap<>();
        for (Feedback view : views.get()) {
            LocalDate received = view.origin().receivedOn();
            YearMonth month = YearMonth.from(received);
            boolean counted = !month.isBefore(criteria.from()) && !month.isAfter(criteria.to())
                    && criteria.about().map(about -> about.contains(view.subject())).orElse(true)
                    && criteria.respondent().map(role -> role == view.role()).orElse(true)
                    && criteria.channel().map(channel -> channel == view.origin().channel()).orElse(true);
            if (!counted) {
                continue;
            }
            view.themes().stream().filter(theme -> criteria.theme().map(theme::equals).orElse(true))
                    .forEach(theme -> themes.merge(theme, 1, Integer::sum));
            if (criteria.theme().isPresent() && !view.themes().contains(criteria.theme().get())) {
                continue;
            }
            Counts counts = new Counts(1, view.moderation() instanceof Moderation.Published ? 1 : 0,
                    view.response().isPresent() ? 1 : 0, view.response().isPresent() && view.assignment()
                    .map(due -> !UkTime.dayOf(view.response().get().at()).isAfter(due.dueOn())).orElse(false) ? 1 : 0);
            total = total.plus(counts);
            months.merge(month, counts, Counts::plus);
            subjects.merge(view.subject(), counts, Counts::plus);
            respondents.merge(view.role(), counts, Counts::plus);
            channels.merge(view.origin().channel(), counts, Counts::plus);
            view.response().ifPresent(response -> days.merge(
                    ChronoUnit.DAYS.between(received, UkTime.dayOf(response.at())), 1, Integer::sum));
        }
        return new Tally(total, months, subjects, respondents, channels, themes, days);
    }

    @Override
    public SortedMap<YearMonth, Integer> changesMade(Criteria criteria) {
        SortedMap<YearMonth, Integer> made = new TreeMap<>();
        for (ChangeMade change : changes.all()) {
            if (change.status() != ChangeStatus.MADE) {
                continue;
            }
            YearMonth month = YearMonth.from(change.madeOn().orElseThrow());
            boolean counted = !month.isBefore(criteria.from()) && !month.isAfter(criteria.to())
                    && criteria.about().map(about -> change.community().map(community -> about.contains(
                            new Subject.AboutCommunity(community))).orElse(false) || change.workstream()
                            .map(workstream -> about.contains(new Subject.AboutWorkstream(workstream))).orElse(false))
                    .orElse(true)
                    && criteria.theme().map(change.themes()::contains).orElse(true);
            if (counted) {
                made.merge(month, 1, Integer::sum);
            }
        }
        return made;
    }
}
