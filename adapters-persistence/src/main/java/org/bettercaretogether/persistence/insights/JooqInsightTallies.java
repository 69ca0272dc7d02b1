package org.bettercaretogether.persistence.insights;

import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_ANSWER_TIME_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_TALLY;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.grouping;
import static org.jooq.impl.DSL.groupingSets;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

/**
 * {@link InsightTallies} on the counts V16 keeps. A view counts in the row of the nil theme, and again in the row of
 * each of its themes: every question reads one theme's rows (the nil theme's unless a theme is asked for), the
 * breakdown by theme the rows of every other.
 */
public final class JooqInsightTallies implements InsightTallies {

    /** The theme of the rows counting every view, whatever its themes; the subject of views about the programme. */
    static final UUID EVERY_VIEW = new UUID(0, 0);
    private static final String MADE = "MADE";

    private final DSLContext dsl;

    public JooqInsightTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Tally tally(Criteria criteria) {
        Field<Integer> received = total(INSIGHT_TALLY.RECEIVED);
        Field<Integer> published = total(INSIGHT_TALLY.PUBLISHED);
        Field<Integer> answered = total(INSIGHT_TALLY.ANSWERED);
        Field<Integer> answeredInTime = total(INSIGHT_TALLY.ANSWERED_IN_TIME);
        Field<Integer> byMonth = grouping(INSIGHT_TALLY.RECEIVED_MONTH);
        Field<Integer> bySubject = grouping(INSIGHT_TALLY.SUBJECT_ID);
        Field<Integer> byRespondent = grouping(INSIGHT_TALLY.CONTRIBUTOR_ROLE);
        Field<Integer> byChannel = grouping(INSIGHT_TALLY.CHANNEL);
        Counts total = Counts.NONE;
        Map<YearMonth, Counts> months = new HashMap<>();
        Map<Subject, Counts> subjects = new HashMap<>();
        Map<ContributorRole, Counts> respondents = new EnumMap<>(ContributorRole.class);
        Map<Channel, Counts> channels = new EnumMap<>(Channel.class);
        // One pass over the rows for every breakdown at once, each a grouping set.
        for (Record row : dsl.select(INSIGHT_TALLY.RECEIVED_MONTH, INSIGHT_TALLY.SUBJECT_KIND, INSIGHT_TALLY.SUBJECT_ID,
                        INSIGHT_TALLY.CONTRIBUTOR_ROLE, INSIGHT_TALLY.CHANNEL, byMonth, bySubject, byRespondent,
                        byChannel, received, published, answered, answeredInTime)
                .from(INSIGHT_TALLY)
                .where(INSIGHT_TALLY.THEME_ID.eq(criteria.theme().map(ThemeId::value).orElse(EVERY_VIEW)))
                .and(within(criteria, INSIGHT_TALLY.RECEIVED_MONTH, INSIGHT_TALLY.SUBJECT_ID,
                        INSIGHT_TALLY.CONTRIBUTOR_ROLE, INSIGHT_TALLY.CHANNEL))
                .groupBy(groupingSets(new Field<?>[]{INSIGHT_TALLY.RECEIVED_MONTH},
                        new Field<?>[]{INSIGHT_TALLY.SUBJECT_KIND, INSIGHT_TALLY.SUBJECT_ID},
                        new Field<?>[]{INSIGHT_TALLY.CONTRIBUTOR_ROLE}, new Field<?>[]{INSIGHT_TALLY.CHANNEL},
                        new Field<?>[]{}))
                .having(received.ne(0)) // rows of views that were counted and have gone since
                .fetch()) {
            Counts counts = new Counts(row.get(received), row.get(published), row.get(answered),
                    row.get(answeredInTime));
            if (row.get(byMonth) == 0) {
                months.put(YearMonth.from(row.get(INSIGHT_TALLY.RECEIVED_MONTH)), counts);
            } else if (row.get(bySubject) == 0) {
                String kind = row.get(INSIGHT_TALLY.SUBJECT_KIND);
                subjects.put(Subject.of(kind, kind.equals("programme") ? Optional.empty()
                        : Optional.of(row.get(INSIGHT_TALLY.SUBJECT_ID))), counts);
            } else if (row.get(byRespondent) == 0) {
                respondents.put(ContributorRole.valueOf(row.get(INSIGHT_TALLY.CONTRIBUTOR_ROLE)), counts);
            } else if (row.get(byChannel) == 0) {
                channels.put(Channel.valueOf(row.get(INSIGHT_TALLY.CHANNEL)), counts);
            } else {
                total = counts;
            }
        }
        return new Tally(total, months, subjects, respondents, channels, byTheme(criteria), daysToAnswer(criteria));
    }

    /** Received views under each theme: the rows of every theme but the nil one, or of the theme asked for. */
    private Map<ThemeId, Integer> byTheme(Criteria criteria) {
        Field<Integer> received = total(INSIGHT_TALLY.RECEIVED);
        Map<ThemeId, Integer> themes = new HashMap<>();
        dsl.select(INSIGHT_TALLY.THEME_ID, received)
                .from(INSIGHT_TALLY)
                .where(criteria.theme().map(theme -> INSIGHT_TALLY.THEME_ID.eq(theme.value()))
                        .orElse(INSIGHT_TALLY.THEME_ID.ne(EVERY_VIEW)))
                .and(within(criteria, INSIGHT_TALLY.RECEIVED_MONTH, INSIGHT_TALLY.SUBJECT_ID,
                        INSIGHT_TALLY.CONTRIBUTOR_ROLE, INSIGHT_TALLY.CHANNEL))
                .groupBy(INSIGHT_TALLY.THEME_ID)
                .having(received.ne(0))
                .fetch()
                .forEach(row -> themes.put(new ThemeId(row.value1()), row.value2()));
        return themes;
    }

    private SortedMap<Long, Integer> daysToAnswer(Criteria criteria) {
        Field<Integer> views = total(INSIGHT_ANSWER_TIME_TALLY.VIEWS);
        SortedMap<Long, Integer> days = new TreeMap<>();
        dsl.select(INSIGHT_ANSWER_TIME_TALLY.DAYS_TO_ANSWER, views)
                .from(INSIGHT_ANSWER_TIME_TALLY)
                .where(INSIGHT_ANSWER_TIME_TALLY.THEME_ID.eq(criteria.theme().map(ThemeId::value).orElse(EVERY_VIEW)))
                .and(within(criteria, INSIGHT_ANSWER_TIME_TALLY.RECEIVED_MONTH, INSIGHT_ANSWER_TIME_TALLY.SUBJECT_ID,
                        INSIGHT_ANSWER_TIME_TALLY.CONTRIBUTOR_ROLE, INSIGHT_ANSWER_TIME_TALLY.CHANNEL))
                .groupBy(INSIGHT_ANSWER_TIME_TALLY.DAYS_TO_ANSWER)
                .having(views.gt(0))
                .fetch()
                .forEach(row -> days.put((long) row.value1(), row.value2()));
        return days;
    }

    /** The sum of a count over the rows grouped, 0 over none (the grand total of no rows is one row of nulls). */
    private static Field<Integer> total(Field<Integer> count) {
        return coalesce(sum(count), BigDecimal.ZERO).cast(Integer.class);
    }

    /** The rows of the criteria's months, subjects, kind of person and channel, in either table of counts. */
    private static Condition within(Criteria criteria, TableField<?, LocalDate> month, TableField<?, UUID> subject,
                                    TableField<?, String> respondent, TableField<?, String> channel) {
        return month.between(criteria.from().atDay(1), criteria.to().atDay(1))
                .and(criteria.about().map(about -> subject.in(about.stream()
                        .map(one -> one.id().orElse(EVERY_VIEW)).toList())).orElse(noCondition()))
                .and(criteria.respondent().map(role -> respondent.eq(role.name())).orElse(noCondition()))
                .and(criteria.channel().map(way -> channel.eq(way.name())).orElse(noCondition()));
    }

    @Override
    public SortedMap<YearMonth, Integer> changesMade(Criteria criteria) {
        Field<LocalDate> month = DSL.trunc(CHANGE_MADE.MADE_ON, DatePart.MONTH);
        Condition about = criteria.about().map(subjects -> {
            List<UUID> communities = subjects.stream().filter(Subject.AboutCommunity.class::isInstance)
                    .map(one -> one.id().orElseThrow()).toList();
            List<UUID> workstreams = subjects.stream().filter(Subject.AboutWorkstream.class::isInstance)
                    .map(one -> one.id().orElseThrow()).toList();
            return CHANGE_MADE.COMMUNITY_ID.in(communities).or(CHANGE_MADE.WORKSTREAM_ID.in(workstreams));
        }).orElse(noCondition());
        SortedMap<YearMonth, Integer> made = new TreeMap<>();
        dsl.select(month, count())
                .from(CHANGE_MADE)
                .where(CHANGE_MADE.STATUS.eq(MADE))
                .and(CHANGE_MADE.MADE_ON.between(criteria.from().atDay(1), criteria.to().atEndOfMonth()))
                .and(about)
                .and(criteria.theme().map(theme -> exists(selectOne().from(CHANGE_THEME)
                        .where(CHANGE_THEME.CHANGE_ID.eq(CHANGE_MADE.ID))
                        .and(CHANGE_THEME.THEME_ID.eq(theme.value())))).orElse(noCondition()))
                .groupBy(month)
                .fetch()
                .forEach(row -> made.put(YearMonth.from(row.value1()), row.value2()));
        return made;
    }
}
