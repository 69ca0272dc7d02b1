package org.bettercaretogether.persistence;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides;
import org.bettercaretogether.application.opendata.OpenDataRecords;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.project.ProjectReports;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.shared.OneRunAtATime;
import org.bettercaretogether.application.shared.PortSet;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.persistence.audit.JooqAuditLog;
import org.bettercaretogether.persistence.change.JooqChangesMade;
import org.bettercaretogether.persistence.community.JooqCommunities;
import org.bettercaretogether.persistence.community.JooqCommunityHistories;
import org.bettercaretogether.persistence.consultation.JooqAnswersInProgress;
import org.bettercaretogether.persistence.consultation.JooqConsultationResponses;
import org.bettercaretogether.persistence.consultation.JooqFreeTextAnswers;
import org.bettercaretogether.persistence.consultation.JooqRespondentEmails;
import org.bettercaretogether.persistence.consultation.JooqConsultations;
import org.bettercaretogether.persistence.feedback.JooqFeedbackLog;
import org.bettercaretogether.persistence.feedback.JooqSubmissionReplays;
import org.bettercaretogether.persistence.feedback.JooqThemes;
import org.bettercaretogether.persistence.follow.JooqSubscriptions;
import org.bettercaretogether.persistence.insights.JooqInsightTallies;
import org.bettercaretogether.persistence.keyquestion.JooqKeyQuestions;
import org.bettercaretogether.persistence.mail.JooqOutbox;
import org.bettercaretogether.persistence.meeting.JooqMeetings;
import org.bettercaretogether.persistence.meeting.JooqRegistrations;
import org.bettercaretogether.persistence.network.JooqClinicalNetworks;
import org.bettercaretogether.persistence.onlineconsultation.JooqOnlineConsultationGuides;
import org.bettercaretogether.persistence.opendata.JooqOpenDataRecords;
import org.bettercaretogether.persistence.partner.JooqPartners;
import org.bettercaretogether.persistence.priority.JooqPriorities;
import org.bettercaretogether.persistence.privacy.JooqExpiredRecords;
import org.bettercaretogether.persistence.privacy.JooqOneRunAtATime;
import org.bettercaretogether.persistence.project.JooqCommunityProjects;
import org.bettercaretogether.persistence.project.JooqProjectReports;
import org.bettercaretogether.persistence.referencedata.JooqReferenceDataReleases;
import org.bettercaretogether.persistence.sampledata.CopiedViews;
import org.bettercaretogether.persistence.search.JooqSearchIndex;
import org.bettercaretogether.persistence.security.Bucket4jRateLimits;
import org.bettercaretogether.persistence.security.JooqApiTokens;
import org.bettercaretogether.persistence.staff.Argon2PasswordHasher;
import org.bettercaretogether.persistence.staff.JooqSecondFactors;
import org.bettercaretogether.persistence.staff.JooqStaffMembers;
import org.bettercaretogether.persistence.staff.JooqStaffSessions;
import org.bettercaretogether.persistence.team.JooqProfessions;
import org.bettercaretogether.persistence.team.JooqTeams;
import org.bettercaretogether.persistence.vanguard.JooqVanguardRecord;
import org.bettercaretogether.persistence.workstream.JooqWorkstreams;
import org.jooq.DSLContext;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * The application's outbound ports kept in PostgreSQL: what the composition root takes from this adapter. Each port is
 * listed once, in the constructor, as its interface and the class that implements it here; the composition root
 * takes them all from {@link #ports()} (or one of them from {@link #port(Class)}), so adding a repository is its class
 * and one line here.
 *
 * <p>All of them share one jOOQ context over {@code dataSource}, so a transaction opened through
 * {@link Transactions} takes in whatever any of the repositories reads and writes on that thread. The schema must be
 * up to date first ({@link SchemaMigrations#migrate(DataSource)}); the caller owns the data source (usually a
 * {@link ConnectionPool}) and closes it. The ports are thread-safe and hold no state but the context. The one
 * exception is {@link RateLimits}: each call counts and commits on a connection of its own, outside any transaction,
 * so that a count stands whatever happens to the caller's work. {@link StoredDataVersion} is moved at once by this
 * node's committed writes, and within the staleness given at construction by anyone else's.
 *
 * <p>Work that cannot be done for want of the database (it is stopped, restarting or cut off, or the pool has no
 * connection free in time) fails with the application's {@code StoreUnavailableException}. While the database is away,
 * the ports fail so at once rather than each waiting for a connection, the outage is logged once as it begins and
 * once as it ends, and the pool reconnects as soon as the database is back (see {@link DatabaseOutage}).
 *
 * <pre>{@code
 * HikariDataSource pool = ConnectionPool.open(url, user, password);
 * SchemaMigrations.migrate(pool);
 * PostgresAdapters postgres = new PostgresAdapters(pool);
 * new DirectoryAdministrationService(postgres.port(Transactions.class), postgres.port(VanguardRecord.class), ...);
 * }</pre>
 */
public final class PostgresAdapters {

    private final PortSet ports = new PortSet("kept in PostgreSQL");

    /**
     * The ports over the connections of {@code dataSource}, seeing changes made by others within
     * {@link DatabaseVersion#DEFAULT_STALENESS}; connects to nothing yet.
     */
    public PostgresAdapters(DataSource dataSource) {
        this(dataSource, DatabaseVersion.DEFAULT_STALENESS);
    }

    /**
     * The ports over the connections of {@code dataSource}; connects to nothing yet.
     *
     * @param staleness how long a change made by another node or process may go unseen by {@link StoredDataVersion}
     *                  (and so by answers kept in memory); zero asks the database at every call
     */
    public PostgresAdapters(DataSource dataSource, Duration staleness) {
        DatabaseVersion dataVersion = new DatabaseVersion(staleness, System::nanoTime);
        DatabaseOutage outage = new DatabaseOutage(() -> ConnectionPool.answersOutsidePool(dataSource),
                () -> ConnectionPool.reconnectNow(dataSource), DatabaseOutage.TRY_EVERY, System::nanoTime);
        DataSource watched = new WatchedDataSource(dataSource, outage);
        DSLContext dsl = Jooq.dslContext(watched, dataVersion, outage);
        add(StoredDataVersion.class, dataVersion);
        add(Transactions.class, new JooqTransactions(dsl));
        add(StoreHealth.class, new JooqStoreHealth(dsl, JooqStoreHealth.DEFAULT_DEADLINE));
        add(VanguardRecord.class, new JooqVanguardRecord(dsl));
        add(Partners.class, new JooqPartners(dsl));
        add(ClinicalNetworks.class, new JooqClinicalNetworks(dsl));
        add(Communities.class, new JooqCommunities(dsl));
        add(CommunityHistories.class, new JooqCommunityHistories(dsl));
        add(Workstreams.class, new JooqWorkstreams(dsl));
        add(ReferenceDataReleases.class, new JooqReferenceDataReleases(dsl));
        add(StaffMembers.class, new JooqStaffMembers(dsl));
        add(PasswordHasher.class, passwordHasher());
        add(StaffSessions.class, new JooqStaffSessions(dsl));
        add(ApiTokens.class, new JooqApiTokens(dsl));
        add(SecondFactors.class, new JooqSecondFactors(dsl));
        add(RateLimits.class, new Bucket4jRateLimits(watched));
        add(AuditLog.class, new JooqAuditLog(dsl));
        add(FeedbackLog.class, new JooqFeedbackLog(dsl));
        add(Themes.class, new JooqThemes(dsl));
        add(SubmissionReplays.class, new JooqSubmissionReplays(dsl));
        add(ChangesMade.class, new JooqChangesMade(dsl));
        add(Outbox.class, new JooqOutbox(dsl));
        add(Priorities.class, new JooqPriorities(dsl));
        add(Teams.class, new JooqTeams(dsl));
        add(Professions.class, new JooqProfessions(dsl));
        add(Meetings.class, new JooqMeetings(dsl));
        add(Registrations.class, new JooqRegistrations(dsl));
        add(KeyQuestions.class, new JooqKeyQuestions(dsl));
        add(CommunityProjects.class, new JooqCommunityProjects(dsl));
        add(ProjectReports.class, new JooqProjectReports(dsl));
        add(OnlineConsultationGuides.class, new JooqOnlineConsultationGuides(dsl));
        add(ViewsInBulk.class, new CopiedViews(dsl));
        add(ExpiredRecords.class, new JooqExpiredRecords(dsl));
        add(OneRunAtATime.class, new JooqOneRunAtATime(dsl));
        add(SearchIndex.class, new JooqSearchIndex(dsl));
        add(OpenDataRecords.class, new JooqOpenDataRecords(dsl));
        add(InsightTallies.class, new JooqInsightTallies(dsl));
        add(Consultations.class, new JooqConsultations(dsl));
        add(ConsultationResponses.class, new JooqConsultationResponses(dsl));
        add(AnswersInProgress.class, new JooqAnswersInProgress(dsl));
        add(FreeTextAnswers.class, new JooqFreeTextAnswers(dsl));
        add(RespondentEmails.class, new JooqRespondentEmails(dsl));
        add(Subscriptions.class, new JooqSubscriptions(dsl));
    }

    private <T> void add(Class<T> type, T implementation) {
        ports.add(type, implementation);
    }

    /** Every port, each with the interface the application knows it by. */
    public List<PortSet.Port<?>> ports() {
        return ports.ports();
    }

    /** The implementation here of the port {@code type}; refuses a type that is not one of the ports. */
    public <T> T port(Class<T> type) {
        return ports.port(type);
    }

    /** How staff passwords are hashed for {@link StaffMembers}: Argon2id, see {@link Argon2PasswordHasher}. */
    public static PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }
}
