package org.bettercaretogether.persistence;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.SubmissionReplays;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.application.security.ApiTokens;
import org.bettercaretogether.application.security.PasswordHasher;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.security.StaffSessions;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.application.team.Teams;
import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.persistence.audit.AuditStore;
import org.bettercaretogether.persistence.change.ChangeStore;
import org.bettercaretogether.persistence.community.CommunityStore;
import org.bettercaretogether.persistence.feedback.FeedbackStore;
import org.bettercaretogether.persistence.keyquestion.KeyQuestionStore;
import org.bettercaretogether.persistence.mail.MailStore;
import org.bettercaretogether.persistence.meeting.MeetingStore;
import org.bettercaretogether.persistence.network.NetworkStore;
import org.bettercaretogether.persistence.partner.PartnerStore;
import org.bettercaretogether.persistence.priority.PriorityStore;
import org.bettercaretogether.persistence.referencedata.ReferenceDataStore;
import org.bettercaretogether.persistence.sampledata.SampleDataStore;
import org.bettercaretogether.persistence.security.SecurityStore;
import org.bettercaretogether.persistence.staff.Argon2PasswordHasher;
import org.bettercaretogether.persistence.staff.StaffStore;
import org.bettercaretogether.persistence.team.TeamStore;
import org.bettercaretogether.persistence.vanguard.VanguardStore;
import org.bettercaretogether.persistence.workstream.WorkstreamStore;
import org.jooq.DSLContext;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * The application's outbound ports kept in PostgreSQL: what the composition root takes from this adapter.
 *
 * <p>All of them share one jOOQ context over {@code dataSource}, so a transaction opened through
 * {@link #transactions()} takes in whatever any of the repositories reads and writes on that thread. The schema
 * must be up to date first ({@link SchemaMigrations#migrate(DataSource)}); the caller owns the data source (usually
 * a {@link ConnectionPool}) and closes it. The ports are thread-safe and hold no state but the context. The one
 * exception is {@link #rateLimits()}: each call counts and commits on a connection of its own, outside any
 * transaction, so that a count stands whatever happens to the caller's work.
 *
 * <pre>{@code
 * HikariDataSource pool = ConnectionPool.open(url, user, password);
 * SchemaMigrations.migrate(pool);
 * PostgresAdapters postgres = new PostgresAdapters(pool);
 * new DirectoryAdministrationService(postgres.transactions(), postgres.vanguard(), postgres.partners(), ...);
 * }</pre>
 */
public final class PostgresAdapters {

    private final DatabaseVersion dataVersion;
    private final Transactions transactions;
    private final VanguardRecord vanguard;
    private final Partners partners;
    private final ClinicalNetworks networks;
    private final Communities communities;
    private final Workstreams workstreams;
    private final ReferenceDataReleases releases;
    private final StoreHealth storeHealth;
    private final StaffMembers staffMembers;
    private final StaffSessions sessions;
    private final ApiTokens apiTokens;
    private final AuditLog auditLog;
    private final RateLimits rateLimits;
    private final FeedbackLog feedbackLog;
    private final Themes themes;
    private final SubmissionReplays submissionReplays;
    private final ChangesMade changesMade;
    private final Outbox outbox;
    private final Priorities priorities;
    private final Teams teams;
    private final Professions professions;
    private final CommunityHistories communityHistories;
    private final Meetings meetings;
    private final Registrations registrations;
    private final KeyQuestions keyQuestions;
    private final ViewsInBulk viewsInBulk;

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
     * @param staleness how long a change made by another node or process may go unseen by {@link #dataVersion()}
     *                  (and so by answers kept in memory); zero asks the database at every call
     */
    public PostgresAdapters(DataSource dataSource, Duration staleness) {
        this.dataVersion = new DatabaseVersion(staleness, System::nanoTime);
        DSLContext dsl = Jooq.dslContext(dataSource, dataVersion);
        this.transactions = new JooqTransactions(dsl);
        this.vanguard = VanguardStore.vanguard(dsl);
        this.partners = PartnerStore.partners(dsl);
        this.networks = NetworkStore.networks(dsl);
        this.communities = CommunityStore.communities(dsl);
        this.workstreams = WorkstreamStore.workstreams(dsl);
        this.releases = ReferenceDataStore.releases(dsl);
        this.storeHealth = new JooqStoreHealth(dsl, JooqStoreHealth.DEFAULT_DEADLINE);
        this.staffMembers = StaffStore.staffMembers(dsl);
        this.sessions = SecurityStore.sessions(dsl);
        this.apiTokens = SecurityStore.apiTokens(dsl);
        this.auditLog = AuditStore.auditLog(dsl);
        this.rateLimits = SecurityStore.rateLimits(dataSource);
        this.feedbackLog = FeedbackStore.feedbackLog(dsl);
        this.themes = FeedbackStore.themes(dsl);
        this.submissionReplays = FeedbackStore.submissionReplays(dsl);
        this.changesMade = ChangeStore.changesMade(dsl);
        this.outbox = MailStore.outbox(dsl);
        this.priorities = PriorityStore.priorities(dsl);
        this.teams = TeamStore.teams(dsl);
        this.professions = TeamStore.professions(dsl);
        this.communityHistories = CommunityStore.communityHistories(dsl);
        this.meetings = MeetingStore.meetings(dsl);
        this.registrations = MeetingStore.registrations(dsl);
        this.keyQuestions = KeyQuestionStore.keyQuestions(dsl);
        this.viewsInBulk = SampleDataStore.viewsInBulk(dsl);
    }

    /**
     * The version of the stored data, for answers kept in memory: moved at once by this node's committed writes, and
     * within the staleness given at construction by anyone else's.
     */
    public StoredDataVersion dataVersion() {
        return dataVersion;
    }

    /** The transaction boundary every other port here joins. */
    public Transactions transactions() {
        return transactions;
    }

    public VanguardRecord vanguard() {
        return vanguard;
    }

    public Partners partners() {
        return partners;
    }

    public ClinicalNetworks networks() {
        return networks;
    }

    public Communities communities() {
        return communities;
    }

    public Workstreams workstreams() {
        return workstreams;
    }

    /** The releases of reference data loaded; a claim joins the caller's transaction. */
    public ReferenceDataReleases releases() {
        return releases;
    }

    /** Whether PostgreSQL answers {@code select 1} within two seconds; never throws, never waits longer. */
    public StoreHealth storeHealth() {
        return storeHealth;
    }

    /** The staff accounts, with their roles and the hashes of their passwords. */
    public StaffMembers staffMembers() {
        return staffMembers;
    }

    /** The staff's signed-in sessions, kept under the hash of their tokens. */
    public StaffSessions sessions() {
        return sessions;
    }

    /** The staff's API tokens, kept under the hash of their tokens. */
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    /** The audit log, append-only in the database itself. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * Rate limits shared by every node using the same database; each call commits on its own connection, outside
     * the caller's transaction.
     */
    public RateLimits rateLimits() {
        return rateLimits;
    }

    /** The views received, with their themes and history; personal data in it is removed on erasure. */
    public FeedbackLog feedbackLog() {
        return feedbackLog;
    }

    /** The managed list of themes, seeded by the migrations; names are unique ignoring case. */
    public Themes themes() {
        return themes;
    }

    /** The changes made that views led to ("you said, we did"). */
    public ChangesMade changesMade() {
        return changesMade;
    }

    /**
     * The outbox of mail to the public; messages claimed for delivery stay locked until the caller's transaction
     * ends, and other nodes skip them meanwhile.
     */
    public Outbox outbox() {
        return outbox;
    }

    /** The answers kept for submissions retried with the same idempotency key. */
    public SubmissionReplays submissionReplays() {
        return submissionReplays;
    }

    /** Every community's local priorities, with their status steps and history; ranks are unique at commit. */
    public Priorities priorities() {
        return priorities;
    }

    /** The communities' integrated teams; a team's lines are replaced whole on every save. */
    public Teams teams() {
        return teams;
    }

    /** The managed list of professions, seeded by the migrations; names are unique ignoring case. */
    public Professions professions() {
        return professions;
    }

    /** What happened to each community: stages reached, renamings (old addresses stay found), merger. */
    public CommunityHistories communityHistories() {
        return communityHistories;
    }

    /**
     * The public meetings; a meeting locked through {@link Meetings#lock} stays locked until the caller's transaction
     * ends, and anyone else locking it meanwhile waits.
     */
    public Meetings meetings() {
        return meetings;
    }

    /** The registrations for the meetings; names, email addresses and access needs in them are personal data. */
    public Registrations registrations() {
        return registrations;
    }

    /**
     * The key questions, seeded by the migrations; positions are unique at commit, and holding the list
     * ({@link KeyQuestions#allHeld()}) makes other writers wait until the caller's transaction ends.
     */
    public KeyQuestions keyQuestions() {
        return keyQuestions;
    }

    /**
     * Views written many at a time with COPY, for sample data; its writes join the caller's transaction, and
     * {@link ViewsInBulk#afterBulkLoad()} brings the database up to date afterwards.
     */
    public ViewsInBulk viewsInBulk() {
        return viewsInBulk;
    }

    /** How staff passwords are hashed for {@link #staffMembers()}: Argon2id, see {@link Argon2PasswordHasher}. */
    public static PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }
}
