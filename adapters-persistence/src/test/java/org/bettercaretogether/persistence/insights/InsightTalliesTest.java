package org.bettercaretogether.persistence.insights;

import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.insights.InsightTallies.Counts;
import org.bettercaretogether.application.insights.InsightTallies.Criteria;
import org.bettercaretogether.application.insights.InsightTallies.Tally;
import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.application.insights.InsightsRequest;
import org.bettercaretogether.application.insights.InsightsService;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.persistence.FeedbackFixtures.Directory;
import org.bettercaretogether.persistence.FeedbackFixtures;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;

/**
 * The counts insights read, kept by the database's triggers as views come, are moderated, tagged, answered, re-tagged
 * and removed, equal what plain SQL counts from the views themselves, for every filter; and the insights published
 * from them show each count of fewer than 5 as such.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class InsightTalliesTest {

    private static final Instant START = Instant.parse("2026-01-20T10:00:00Z");
    private static final PublicText WORDS = new PublicText("Evening appointments would help people who work.");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static FeedbackLog log;
    private static InsightTallies tallies;
    private static Directory directory;
    private static List<ThemeId> themes;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        log = postgres.port(FeedbackLog.class);
        tallies = postgres.port(InsightTallies.class);
        directory = FeedbackFixtures.directory(postgres);
        themes = postgres.port(Themes.class).all().stream().map(Theme::id).limit(3).toList();
    }

    @BeforeEach
    void noViews() {
        dsl.deleteFrom(FEEDBACK).execute();
    }

    @Test
    void the_counts_equal_plain_sql_over_the_views_for_every_filter_whatever_happens_to_the_views() {
        List<Feedback> stored = variedViews(new Random(20261207), 160);
        // A theme taken off and another put on, a view removed with its themes: the counts follow.
        Feedback retagged = stored.stream().filter(view -> !view.themes().isEmpty()).findFirst().orElseThrow();
        log.update(retagged.tagThemes(Set.of(themes.get(2)), retagged.receivedAt().plusSeconds(900),
                directory.amina())).orElseThrow();
        Feedback gone = stored.stream().filter(view -> view.themes().size() > 1).findFirst().orElseThrow();
        dsl.deleteFrom(FEEDBACK).where(FEEDBACK.ID.eq(gone.id().value())).execute();

        YearMonth january = YearMonth.of(2026, 1);
        List<Criteria> questions = new ArrayList<>();
        for (YearMonth[] period : new YearMonth[][]{{january, january.plusMonths(3)}, {january.plusMonths(1),
                january.plusMonths(1)}}) {
            questions.add(criteria(period, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            questions.add(criteria(period, Optional.of(Set.of(directory.aboutKendal())), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            questions.add(criteria(period, Optional.of(Set.of(directory.aboutKendal(), directory.aboutFurness())),
                    Optional.of(themes.get(0)), Optional.empty(), Optional.empty()));
            questions.add(criteria(period, Optional.empty(), Optional.of(themes.get(1)),
                    Optional.of(ContributorRole.PATIENT), Optional.empty()));
            questions.add(criteria(period, Optional.of(Set.of(directory.aboutElectiveCare())), Optional.empty(),
                    Optional.empty(), Optional.of(Channel.LETTER)));
            questions.add(criteria(period, Optional.empty(), Optional.empty(), Optional.of(ContributorRole.CLINICIAN),
                    Optional.of(Channel.ONLINE)));
        }

        for (Criteria question : questions) {
            assertThat(tallies.tally(question)).as(question.toString()).isEqualTo(counted(question));
        }
        Tally everything = tallies.tally(questions.getFirst());
        assertThat(everything.total().received()).isEqualTo(159);
        assertThat(everything.byMonth().values()).as("the data has months of few views")
                .anyMatch(counts -> counts.received() > 0 && counts.received() < 5);
        assertThat(everything.total().answeredInTime()).isPositive().isLessThan(everything.total().answered());

        dsl.truncate(FEEDBACK).cascade().execute();
        assertThat(tallies.tally(questions.getFirst())).isEqualTo(counted(questions.getFirst()))
                .isEqualTo(Tally.none());
    }

    @Test
    void counting_every_view_again_from_scratch_gives_the_rows_the_triggers_kept_view_by_view() {
        List<Feedback> stored = variedViews(new Random(1207), 120);
        Feedback retagged = stored.stream().filter(view -> !view.themes().isEmpty()).findFirst().orElseThrow();
        log.update(retagged.tagThemes(Set.of(themes.get(1)), retagged.receivedAt().plusSeconds(600),
                directory.amina())).orElseThrow();
        String tallies = "select * from insight_tally where received > 0 or published > 0 or answered > 0"
                + " or answered_in_time > 0 order by 1, 2, 3, 4, 5, 6";
        String answerTimes = "select * from insight_answer_time_tally where views > 0 order by 1, 2, 3, 4, 5, 6, 7";
        List<Record> kept = dsl.fetch(tallies);
        List<Record> keptAnswerTimes = dsl.fetch(answerTimes);
        assertThat(kept).as("the views were counted").hasSizeGreaterThan(20);
        assertThat(keptAnswerTimes).as("some views were answered").isNotEmpty();

        dsl.execute("select recount_insights()");

        assertThat(dsl.fetch(tallies)).isEqualTo(kept);
        assertThat(dsl.fetch(answerTimes)).isEqualTo(keptAnswerTimes);
    }

    @Test
    void the_insights_publish_the_counts_plain_sql_finds_with_those_under_5_as_fewer_than_5() {
        List<Feedback> stored = variedViews(new Random(7), 60);
        InsightsService insights = new InsightsService(postgres.port(Transactions.class), tallies,
                postgres.port(Communities.class), postgres.port(ClinicalNetworks.class),
                postgres.port(Workstreams.class), postgres.port(Themes.class), ReadCache.none(),
                Clock.fixed(Instant.parse("2026-04-15T12:00:00Z"), ZoneOffset.UTC));

        dsl.execute("insert into change_made (id, title, description, community_id, status, planned_on, started_on,"
                + " made_on, version) values (gen_random_uuid(), 'Evening clinics', 'Open later on Thursdays.', ?,"
                + " 'MADE', '2026-03-02', '2026-03-03', '2026-03-10', 1)", directory.kendal().value());
        Insights all = insights.insights(InsightsRequest.everything()).orElseThrow();
        int received = count("true");
        assertThat(all.received()).isEqualTo(PublishedCount.of(received));
        assertThat(received).isEqualTo(stored.size());
        List<Insights.Row> byRespondent = all.breakdown(Insights.Counted.VIEWS, Insights.Dimension.RESPONDENT).rows();
        List<Integer> respondentCounts = new ArrayList<>();
        for (ContributorRole role : ContributorRole.values()) {
            respondentCounts.add(count("contributor_role = '" + role.name() + "'"));
        }
        assertThat(byRespondent).extracting(Insights.Row::count)
                .containsExactlyElementsOf(PublishedCount.ofGroup(respondentCounts));
        assertThat(respondentCounts).as("the data has kinds of person with fewer than 5 views")
                .anyMatch(count -> count > 0 && count < 5);
        assertThat(byRespondent).extracting(Insights.Row::count).anyMatch(PublishedCount.FewerThanFive.class::isInstance);

        Insights.Row kendal = all.breakdown(Insights.Counted.VIEWS, Insights.Dimension.COMMUNITY).rows().stream()
                .filter(row -> row.key().equals("kendal")).findFirst().orElseThrow();
        assertThat(kendal.count().text()).isIn(PublishedCount.of(count("community_id = '" + directory.kendal().value()
                + "'")).text(), "not shown");
        assertThat(all.breakdown(Insights.Counted.CHANGES_MADE, Insights.Dimension.MONTH).rows())
                .as("changes made are not people's views: one is shown as one")
                .filteredOn(row -> row.key().equals("2026-03")).extracting(Insights.Row::count)
                .containsExactly(new PublishedCount.Exact(1));
        int answered = count("responded_at is not null");
        assertThat(all.percentAnswered()).isEqualTo(PublishedCount.percent(answered, received));
    }

    private static Criteria criteria(YearMonth[] period, Optional<Set<Subject>> about, Optional<ThemeId> theme,
                                     Optional<ContributorRole> respondent, Optional<Channel> channel) {
        return new Criteria(period[0], period[1], about, theme, respondent, channel);
    }

    /**
     * Views received over three months, a few a day: about Kendal, the Furness network, elective care or the
     * programme, from every kind of person by several channels; a quarter left waiting, some withheld, the rest
     * published, tagged with up to three themes, a third of those answered after 0 to 40 days against a due day 28
     * days after receipt.
     */
    private static List<Feedback> variedViews(Random random, int views) {
        List<Subject> subjects = List.of(directory.aboutKendal(), directory.aboutFurness(), Subject.programme(),
                directory.aboutElectiveCare());
        List<Channel> channels = List.of(Channel.ONLINE, Channel.LETTER, Channel.PHONE);
        List<Feedback> stored = new ArrayList<>();
        for (int i = 0; i < views; i++) {
            // Most in the first weeks, a few later: months with fewer than 5 views.
            long minutes = i < views - 6 ? random.nextInt(60 * 24 * 50) : 60L * 24 * (55 + random.nextInt(40));
            Instant received = START.plus(Duration.ofMinutes(minutes));
            Channel channel = channels.get(random.nextInt(channels.size()));
            Feedback view = log.add(Feedback.receive(FeedbackId.random(), FeedbackReference.random(),
                    subjects.get(random.nextInt(subjects.size())),
                    ContributorRole.values()[random.nextInt(ContributorRole.values().length)],
                    new Origin(channel, UkTime.dayOf(received), Optional.empty(),
                            channel == Channel.ONLINE ? Optional.empty() : Optional.of(directory.ben())),
                    new ViewText("Waiting lists are long."), ContactDetails.none(), new Consent(false, true),
                    Optional.empty(), UUID.randomUUID().toString(), received));
            int fate = random.nextInt(8);
            if (fate < 2) {
                stored.add(view);
                continue;
            }
            if (fate == 2) {
                stored.add(log.update(view.withhold(WithholdReason.OFF_TOPIC, Optional.empty(),
                        received.plusSeconds(60), directory.amina())).orElseThrow());
                continue;
            }
            Set<ThemeId> tagged = new HashSet<>();
            themes.stream().filter(theme -> random.nextBoolean()).forEach(tagged::add);
            Feedback published = log.update(view.publish(WORDS, received.plusSeconds(60), directory.amina())
                    .tagThemes(tagged, received.plusSeconds(120), directory.amina())).orElseThrow();
            if (fate >= 6) {
                published = log.update(published.assign(new Assignment(directory.trust(),
                                UkTime.dayOf(received).plusDays(28), received.plusSeconds(180), directory.ben()))
                        .respond(new Response(directory.trust(), "Thank you.",
                                received.plus(Duration.ofHours(1 + random.nextInt(24 * 40))), directory.ben())))
                        .orElseThrow();
            }
            stored.add(published);
        }
        return stored;
    }

    private static int count(String condition) {
        return dsl.fetchOne("select count(*)::int from feedback where " + condition).get(0, Integer.class);
    }

    /** The tally of {@code criteria} counted with plain SQL from the views and their themes. */
    private static Tally counted(Criteria criteria) {
        String theme = criteria.theme().map(id -> " join feedback_theme tagged on tagged.feedback_id = v.id "
                + "and tagged.theme_id = '" + id.value() + "'").orElse("");
        String where = "v.received_on between '" + criteria.from().atDay(1) + "' and '" + criteria.to().atEndOfMonth()
                + "'" + criteria.about().map(subjects -> " and coalesce(v.community_id, v.workstream_id, v.network_id,"
                + " '00000000-0000-0000-0000-000000000000') in (" + subjects.stream()
                .map(subject -> "'" + subject.id().orElse(new UUID(0, 0)) + "'").collect(Collectors.joining(", "))
                + ")").orElse("")
                + criteria.respondent().map(role -> " and v.contributor_role = '" + role.name() + "'").orElse("")
                + criteria.channel().map(way -> " and v.channel = '" + way.name() + "'").orElse("");
        String counts = "count(*)::int, (count(*) filter (where v.moderation = 'PUBLISHED'))::int, "
                + "(count(*) filter (where v.responded_at is not null))::int, "
                + "(count(*) filter (where (v.responded_at at time zone 'Europe/London')::date <= v.answer_due_on))::int";
        String from = " from feedback v" + theme + " where " + where;

        Record total = dsl.fetchOne("select " + counts + from);
        Map<YearMonth, Counts> months = new HashMap<>();
        dsl.fetch("select to_char(v.received_on, 'YYYY-MM'), " + counts + from + " group by 1")
                .forEach(row -> months.put(YearMonth.parse(row.get(0, String.class)), counts(row, 1)));
        Map<Subject, Counts> subjects = new HashMap<>();
        dsl.fetch("select v.subject_kind, coalesce(v.community_id, v.workstream_id, v.network_id), " + counts + from
                        + " group by 1, 2")
                .forEach(row -> subjects.put(Subject.of(row.get(0, String.class),
                        Optional.ofNullable(row.get(1, UUID.class))), counts(row, 2)));
        Map<ContributorRole, Counts> respondents = new EnumMap<>(ContributorRole.class);
        dsl.fetch("select v.contributor_role, " + counts + from + " group by 1")
                .forEach(row -> respondents.put(ContributorRole.valueOf(row.get(0, String.class)), counts(row, 1)));
        Map<Channel, Counts> channels = new EnumMap<>(Channel.class);
        dsl.fetch("select v.channel, " + counts + from + " group by 1")
                .forEach(row -> channels.put(Channel.valueOf(row.get(0, String.class)), counts(row, 1)));
        Map<ThemeId, Integer> byTheme = new HashMap<>();
        dsl.fetch("select t.theme_id, count(*)::int from feedback v join feedback_theme t on t.feedback_id = v.id"
                        + theme + " where " + where
                        + criteria.theme().map(id -> " and t.theme_id = '" + id.value() + "'").orElse("")
                        + " group by 1")
                .forEach(row -> byTheme.put(new ThemeId(row.get(0, UUID.class)), row.get(1, Integer.class)));
        SortedMap<Long, Integer> days = new TreeMap<>();
        dsl.fetch("select (v.responded_at at time zone 'Europe/London')::date - v.received_on, count(*)::int" + from
                        + " and v.responded_at is not null group by 1")
                .forEach(row -> days.put(row.get(0, Long.class), row.get(1, Integer.class)));
        return new Tally(counts(total, 0), months, subjects, respondents, channels, byTheme, days);
    }

    private static Counts counts(Record row, int first) {
        return new Counts(row.get(first, Integer.class), row.get(first + 1, Integer.class),
                row.get(first + 2, Integer.class), row.get(first + 3, Integer.class));
    }
}
