package org.bettercaretogether.application.insights;

import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts of views insights are read from, kept by the store as views and their themes change, so that reading
 * them costs the same at a million views as at a thousand; and the changes made, month by month.
 */
public interface InsightTallies {

    /**
     * Which views to count: received in the months {@code from} to {@code to}, about one of {@code about} (any subject
     * when empty), tagged with {@code theme}, given by {@code respondent}, through {@code channel}.
     */
    record Criteria(YearMonth from, YearMonth to, Optional<Set<Subject>> about, Optional<ThemeId> theme,
                    Optional<ContributorRole> respondent, Optional<Channel> channel) {
        public Criteria {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            about = about.map(Set::copyOf);
            Objects.requireNonNull(theme, "theme");
            Objects.requireNonNull(respondent, "respondent");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Of some views: how many were received, published, answered, and answered by the day their answer was due. */
    record Counts(int received, int published, int answered, int answeredInTime) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(received + other.received, published + other.published, answered + other.answered,
                    answeredInTime + other.answeredInTime);
        }
    }

    /**
     * The counts of the views of some criteria: in all, by month received, by subject, by who gave them, by channel,
     * by theme (a view counts under each of its themes), and the answered ones by the calendar days their answer
     * took. Months, subjects, kinds of person and channels with no view are left out.
     */
    record Tally(Counts total, Map<YearMonth, Counts> byMonth, Map<Subject, Counts> bySubject,
                 Map<ContributorRole, Counts> byRespondent, Map<Channel, Counts> byChannel,
                 Map<ThemeId, Integer> byTheme, SortedMap<Long, Integer> daysToAnswer) {
        public Tally {
            Objects.requireNonNull(total, "total");
            byMonth = Map.copyOf(byMonth);
            bySubject = Map.copyOf(bySubject);
            byRespondent = Map.copyOf(byRespondent);
            byChannel = Map.copyOf(byChannel);
            byTheme = Map.copyOf(byTheme);
            daysToAnswer = Collections.unmodifiableSortedMap(new TreeMap<>(daysToAnswer));
        }

        /** No views at all. */
        public static Tally none() {
            return new Tally(Counts.NONE, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), new TreeMap<>());
        }
    }

    /** The counts of the views {@code criteria} take in. */
    Tally tally(Criteria criteria);

    /**
     * The changes made (their status "made") in each month of the criteria's period, by the day they were made, about
     * one of the communities or workstreams of {@code about} (any when empty; a change about the programme only then)
     * and with the criteria's theme; who gave views and how does not narrow changes. Months with none are left out.
     */
    SortedMap<YearMonth, Integer> changesMade(Criteria criteria);
}
