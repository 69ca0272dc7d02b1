package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
import org.bettercaretogether.persistence.DatabaseVersion;
import org.bettercaretogether.persistence.PostgresAdapters;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The outbound ports on PostgreSQL. The pool is opened and migrated in {@link RunningService}, not here, so that
 * building the injector does no I/O.
 */
public final class PersistenceModule extends AbstractModule {

    private final DataSource dataSource;
    private final Duration cacheStaleness;

    /** The ports on {@code dataSource}, seeing other nodes' changes within {@link DatabaseVersion#DEFAULT_STALENESS}. */
    public PersistenceModule(DataSource dataSource) {
        this(dataSource, DatabaseVersion.DEFAULT_STALENESS);
    }

    /**
     * The ports on {@code dataSource}; answers kept in memory may show data another node or process changed for up to
     * {@code cacheStaleness} (see {@link DatabaseVersion}).
     */
    public PersistenceModule(DataSource dataSource, Duration cacheStaleness) {
        this.dataSource = dataSource;
        this.cacheStaleness = cacheStaleness;
    }

    @Provides
    @Singleton
    PostgresAdapters adapters() {
        return new PostgresAdapters(dataSource, cacheStaleness);
    }

    @Provides
    StoredDataVersion dataVersion(PostgresAdapters adapters) {
        return adapters.dataVersion();
    }

    @Provides
    Transactions transactions(PostgresAdapters adapters) {
        return adapters.transactions();
    }

    @Provides
    VanguardRecord vanguard(PostgresAdapters adapters) {
        return adapters.vanguard();
    }

    @Provides
    Partners partners(PostgresAdapters adapters) {
        return adapters.partners();
    }

    @Provides
    ClinicalNetworks networks(PostgresAdapters adapters) {
        return adapters.networks();
    }

    @Provides
    Communities communities(PostgresAdapters adapters) {
        return adapters.communities();
    }

    @Provides
    Workstreams workstreams(PostgresAdapters adapters) {
        return adapters.workstreams();
    }

    @Provides
    ReferenceDataReleases releases(PostgresAdapters adapters) {
        return adapters.releases();
    }

    @Provides
    StoreHealth storeHealth(PostgresAdapters adapters) {
        return adapters.storeHealth();
    }

    @Provides
    StaffMembers staffMembers(PostgresAdapters adapters) {
        return adapters.staffMembers();
    }

    @Provides
    StaffSessions sessions(PostgresAdapters adapters) {
        return adapters.sessions();
    }

    @Provides
    ApiTokens apiTokens(PostgresAdapters adapters) {
        return adapters.apiTokens();
    }

    @Provides
    AuditLog auditLog(PostgresAdapters adapters) {
        return adapters.auditLog();
    }

    @Provides
    @Singleton
    RateLimits rateLimits(PostgresAdapters adapters) {
        return adapters.rateLimits();
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return PostgresAdapters.passwordHasher();
    }

    @Provides
    FeedbackLog feedbackLog(PostgresAdapters adapters) {
        return adapters.feedbackLog();
    }

    @Provides
    Themes themes(PostgresAdapters adapters) {
        return adapters.themes();
    }

    @Provides
    SubmissionReplays submissionReplays(PostgresAdapters adapters) {
        return adapters.submissionReplays();
    }

    @Provides
    ChangesMade changesMade(PostgresAdapters adapters) {
        return adapters.changesMade();
    }

    @Provides
    Outbox outbox(PostgresAdapters adapters) {
        return adapters.outbox();
    }

    @Provides
    Priorities priorities(PostgresAdapters adapters) {
        return adapters.priorities();
    }

    @Provides
    Teams teams(PostgresAdapters adapters) {
        return adapters.teams();
    }

    @Provides
    Professions professions(PostgresAdapters adapters) {
        return adapters.professions();
    }

    @Provides
    CommunityHistories communityHistories(PostgresAdapters adapters) {
        return adapters.communityHistories();
    }

    @Provides
    Meetings meetings(PostgresAdapters adapters) {
        return adapters.meetings();
    }

    @Provides
    Registrations registrations(PostgresAdapters adapters) {
        return adapters.registrations();
    }

    @Provides
    KeyQuestions keyQuestions(PostgresAdapters adapters) {
        return adapters.keyQuestions();
    }

    @Provides
    ViewsInBulk viewsInBulk(PostgresAdapters adapters) {
        return adapters.viewsInBulk();
    }
}
