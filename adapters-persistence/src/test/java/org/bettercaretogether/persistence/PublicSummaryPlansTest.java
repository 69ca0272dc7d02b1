package org.bettercaretogether.persistence;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.sampledata.SampleDataService;
import org.bettercaretogether.application.sampledata.SampleProgress;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_ANSWER_TIME_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.THEME;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM;

/**
 * Guards against going back: with a hundred thousand views of a realistic programme in the database, no question
 * the public pages, the scorecards and the staff queues ask of the views reads the {@code feedback} table from end to
 * end, nor more than a few per cent of it. PostgreSQL plans and runs each query as the repositories send it (the same
 * statement, the same values), and the plan is read as JSON; drop an index a question relies on and its case here
 * fails.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class PublicSummaryPlansTest {

    private static final int VIEWS = 100_000;
    /**
     * The most views one question may read: a page reads its page, a scorecard the views linked to changes, the
     * backlog of answers the views waiting for one (a few per cent); reading the table, or walking an index that does
     * not fit the question, reads far more.
     */
    private static final long MOST_VIEWS_READ = VIEWS / 20;

    private static QueryPlans plans;
    private static FeedbackLog log;
    private static InsightTallies insights;
    private static SearchIndex search;
    private static ThemeId waitingTimes;
    private static DSLContext dsl;
    private static CommunityId kendal;
    private static WorkstreamId electiveCare;
    private static PartnerId trust;
    private static MeetingId meeting;
    private static FeedbackLog.Position deepInTheQueue;
    private static FeedbackLog.Position deepInThePublished;
    private static FeedbackLog.DuePosition deepInTheAnswers;

    @BeforeAll
    static void a_hundred_thousand_views_of_a_sample_programme(DataSource database) {
        SchemaMigrations.migrate(database);
        PostgresAdapters loading = new PostgresAdapters(database);
        Clock clock = Clock.systemUTC();
        new ReferenceDataService(loading.port(Transactions.class), loading.port(ReferenceDataReleases.class), new DirectoryAdministrationService(
                loading.port(Transactions.class), loading.port(VanguardRecord.class), loading.port(Partners.class), loading.port(ClinicalNetworks.class), loading.port(Communities.class),
                loading.port(Workstreams.class)), loading.port(VanguardRecord.class), loading.port(Partners.class), loading.port(ClinicalNetworks.class),
                loading.port(Communities.class), loading.port(Workstreams.class), clock).load();
        new SampleDataService(loading.port(Transactions.class), loading.port(ViewsInBulk.class), loading.port(StaffMembers.class),
                PostgresAdapters.passwordHasher(), loading.port(ApiTokens.class), loading.port(SecondFactors.class), loading.port(Partners.class), loading.port(Communities.class),
                loading.port(Workstreams.class), loading.port(ClinicalNetworks.class), loading.port(Themes.class), loading.port(Professions.class), loading.port(Priorities.class),
                loading.port(Teams.class), loading.port(Meetings.class), loading.port(Registrations.class), loading.port(ChangesMade.class),
                loading.port(CommunityProjects.class), loading.port(Consultations.class),
                loading.port(ConsultationResponses.class), FeedbackSettings.defaults(), clock).load(new SampleRequest(VIEWS, 1, false), SampleProgress.silent()).orElseThrow();

        dsl = Jooq.dslContext(database);
        waitingTimes = new ThemeId(dsl.select(THEME.ID).from(THEME).where(THEME.NAME.eq("Waiting times"))
                .fetchOne(THEME.ID));
        kendal = new CommunityId(dsl.select(COMMUNITY.ID).from(COMMUNITY).where(COMMUNITY.SLUG.eq("kendal"))
                .fetchOne(COMMUNITY.ID));
        electiveCare = new WorkstreamId(dsl.select(WORKSTREAM.ID).from(WORKSTREAM)
                .where(WORKSTREAM.SLUG.eq("elective-care")).fetchOne(WORKSTREAM.ID));
        trust = new PartnerId(dsl.select(FEEDBACK.ASSIGNED_PARTNER_ID).from(FEEDBACK)
                .where(FEEDBACK.ASSIGNED_PARTNER_ID.isNotNull()).limit(1).fetchOne(FEEDBACK.ASSIGNED_PARTNER_ID));
        meeting = new MeetingId(dsl.select(FEEDBACK.MEETING_ID).from(FEEDBACK).where(FEEDBACK.MEETING_ID.isNotNull())
                .limit(1).fetchOne(FEEDBACK.MEETING_ID));
        assertThat(dsl.fetchCount(FEEDBACK)).isEqualTo(VIEWS);
        assertThat(dsl.fetchCount(MEETING)).isPositive();
        assertThat(dsl.fetchCount(PARTNER)).isPositive();

        plans = new QueryPlans(database);
        log = new PostgresAdapters(plans.dataSource()).port(FeedbackLog.class);
        insights = new PostgresAdapters(plans.dataSource()).port(InsightTallies.class);
        search = new PostgresAdapters(plans.dataSource()).port(SearchIndex.class);
        Feedback queued = log.awaitingModeration(Optional.empty(), 2_001).getLast();
        deepInTheQueue = new FeedbackLog.Position(queued.receivedAt(), queued.id().value());
        Feedback published = log.published(Optional.empty(), Optional.empty(), 5_001).getLast();
        deepInThePublished = new FeedbackLog.Position(((Moderation.Published) published.moderation()).at(),
                published.id().value());
        Feedback awaiting = log.awaitingAnswer(Optional.empty(), Optional.empty(), 1_001).getLast();
        deepInTheAnswers = new FeedbackLog.DuePosition(awaiting.assignment().orElseThrow().dueOn(),
                awaiting.id().value());
    }

    /** Every question of the public summaries and staff queues asked of the views, as the pages ask it. */
    static Stream<Named<Runnable>> questions() {
        LocalDate today = UkTime.dayOf(Instant.now());
        LocalDate yearAgo = today.minusMonths(12).plusDays(1);
        return Stream.of(
                Named.of("the programme's scorecard", () -> log.listeningTally(Optional.empty(), yearAgo, today)),
                Named.of("a community's scorecard", () -> log.listeningTally(Optional.of(kendal), yearAgo, today)),
                Named.of("the newest published views", () -> log.published(Optional.empty(), Optional.empty(), 21)),
                Named.of("published views, 5,000 deep",
                        () -> log.published(Optional.empty(), Optional.of(deepInThePublished), 21)),
                Named.of("a community's published views",
                        () -> log.published(Optional.of(new Subject.AboutCommunity(kendal)), Optional.empty(), 7)),
                Named.of("a workstream's published views",
                        () -> log.published(Optional.of(new Subject.AboutWorkstream(electiveCare)), Optional.empty(), 7)),
                Named.of("published views about the programme",
                        () -> log.published(Optional.of(Subject.programme()), Optional.empty(), 21)),
                Named.of("the views given at a meeting", () -> log.givenAt(meeting)),
                Named.of("the moderation queue", () -> log.awaitingModeration(Optional.empty(), 26)),
                Named.of("the moderation queue, 2,000 deep",
                        () -> log.awaitingModeration(Optional.of(deepInTheQueue), 26)),
                Named.of("how many wait for moderation", () -> log.countAwaitingModeration()),
                Named.of("views awaiting an answer", () -> log.awaitingAnswer(Optional.empty(), Optional.empty(), 26)),
                Named.of("views awaiting an answer, 1,000 deep",
                        () -> log.awaitingAnswer(Optional.empty(), Optional.of(deepInTheAnswers), 26)),
                Named.of("a partner's views awaiting an answer",
                        () -> log.awaitingAnswer(Optional.of(trust), Optional.empty(), 26)),
                Named.of("the backlog of answers", () -> log.answerBacklog(Optional.empty(), today)),
                Named.of("a partner's backlog of answers", () -> log.answerBacklog(Optional.of(trust), today)),
                Named.of("views by id", () -> log.findAll(List.of(new FeedbackId(UUID.randomUUID())))),
                Named.of("the views behind every change made", () -> log.linkedToChanges(5)));
    }

    @Test
    void the_backlog_of_answers_is_read_from_its_counts_not_from_the_views() {
        LocalDate today = UkTime.dayOf(Instant.now());
        FeedbackLog.AnswerBacklog backlog = log.answerBacklog(Optional.empty(), today);
        List<QueryPlans.Query> queries = plans.queriesOf(() -> log.answerBacklog(Optional.empty(), today));

        assertThat(backlog.waiting()).as("the sample has views waiting for an answer").isPositive();
        assertThat(queries).isNotEmpty().allSatisfy(query ->
                assertThat(plans.rowsRead(query, "feedback")).as(query.sql()).isZero());
    }

    @Test
    void a_search_for_a_common_word_reads_its_newest_matches_many_to_a_page_of_the_table() {
        SearchIndex.Criteria people = new SearchIndex.Criteria("people", Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        List<QueryPlans.Query> queries = plans.queriesOf(() -> search.find(people, Optional.empty(), 21));

        assertThat(queries).hasSize(1);
        long entriesRead = plans.rowsRead(queries.getFirst(), "search_entry");
        assertThat(entriesRead).as("the search reads the newest entries until it has enough matches")
                .isGreaterThan(SearchIndex.MOST_RANKED);
        // Entries next to each other by date lie side by side in the table, as publishing writes them one by one, so
        // reading them newest first reads each page once, not once for every entry on it.
        assertThat(plans.pagesRead(queries.getFirst(), "search_entry")).as(queries.getFirst().sql())
                .isLessThanOrEqualTo(entriesRead / 5);
    }

    /** Every question the insights ask, as the page asks it: the last twelve months, narrowed or not. */
    static Stream<Named<InsightTallies.Criteria>> insightQuestions() {
        YearMonth now = YearMonth.from(UkTime.dayOf(Instant.now()));
        YearMonth yearAgo = now.minusMonths(11);
        return Stream.of(
                Named.of("every view of the year", new InsightTallies.Criteria(yearAgo, now, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty())),
                Named.of("a community's views of a theme", new InsightTallies.Criteria(yearAgo, now,
                        Optional.of(Set.of(new Subject.AboutCommunity(kendal))), Optional.of(waitingTimes),
                        Optional.empty(), Optional.empty())),
                Named.of("patients' letters of one month", new InsightTallies.Criteria(now, now, Optional.empty(),
                        Optional.empty(), Optional.of(ContributorRole.PATIENT), Optional.of(Channel.LETTER))));
    }

    @ParameterizedTest
    @MethodSource("insightQuestions")
    void the_insights_read_their_counts_of_the_theme_asked_never_the_views(InsightTallies.Criteria criteria) {
        UUID asked = criteria.theme().map(ThemeId::value).orElse(new UUID(0, 0));
        int rowsOfTheme = dsl.fetchCount(INSIGHT_TALLY, INSIGHT_TALLY.THEME_ID.eq(asked));
        int everyRow = dsl.fetchCount(INSIGHT_TALLY);
        int answerRowsOfTheme = dsl.fetchCount(INSIGHT_ANSWER_TIME_TALLY,
                INSIGHT_ANSWER_TIME_TALLY.THEME_ID.eq(asked));
        List<QueryPlans.Query> queries = plans.queriesOf(() -> {
            insights.tally(criteria);
            insights.changesMade(criteria);
        });

        assertThat(insights.tally(criteria).total().received()).as("the sample has views in the year").isPositive();
        assertThat(queries).hasSize(4).allSatisfy(query -> {
            assertThat(plans.rowsRead(query, "feedback")).as(query.sql()).isZero();
            assertThat(plans.rowsRead(query, "feedback_theme")).as(query.sql()).isZero();
            assertThat(plans.tablesScannedWhole(query)).as(query.sql()).doesNotContain("insight_answer_time_tally");
        });
        // The counts of every view are read from that theme's rows alone; the breakdown by theme from every theme's
        // (most of the table: a view counts under each of its themes) unless one theme is asked for.
        assertThat(plans.rowsRead(queries.get(0), "insight_tally")).as(queries.get(0).sql())
                .isLessThanOrEqualTo(rowsOfTheme);
        assertThat(plans.rowsRead(queries.get(1), "insight_tally")).as(queries.get(1).sql())
                .isLessThanOrEqualTo(criteria.theme().isPresent() ? rowsOfTheme : everyRow);
        assertThat(plans.rowsRead(queries.get(2), "insight_answer_time_tally")).as(queries.get(2).sql())
                .isLessThanOrEqualTo(answerRowsOfTheme);
    }

    @ParameterizedTest
    @MethodSource("questions")
    void no_summary_of_the_views_reads_every_view(Runnable question) {
        List<QueryPlans.Query> queries = plans.queriesOf(question);

        assertThat(queries).as("the question reads the database").isNotEmpty();
        for (QueryPlans.Query query : queries) {
            assertThat(plans.tablesScannedWhole(query)).as(query.sql()).doesNotContain("feedback");
            assertThat(plans.rowsRead(query, "feedback")).as("views read by " + query.sql())
                    .isLessThanOrEqualTo(MOST_VIEWS_READ);
        }
    }
}
