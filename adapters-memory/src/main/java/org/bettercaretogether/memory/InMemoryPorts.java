package org.bettercaretogether.memory;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.insights.InsightTallies;
import org.bettercaretogether.application.keyquestion.KeyQuestions;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.network.ClinicalNetworks;
import org.bettercaretogether.application.opendata.OpenDataRecords;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides;
import org.bettercaretogether.application.project.CommunityProjects;
import org.bettercaretogether.application.project.ProjectReports;
import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.sampledata.BulkView;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Every outbound port of the application held in memory, as {@code PostgresAdapters} lists them for PostgreSQL, plus
 * mail (handed to {@link InMemoryMailbox}, copies kept in {@link InMemorySentMail}). All of them share one transaction
 * boundary ({@link InMemoryTransactions}): work that throws leaves every record as it was.
 *
 * <pre>{@code
 * InMemoryPorts ports = new InMemoryPorts(Clock.systemUTC());
 * new PlaceSearchService(new DirectoryService(ports.port(VanguardRecord.class), ...));
 * }</pre>
 */
public final class InMemoryPorts {

    private final InMemoryAdapters adapters;
    private final InMemoryFeedback feedback = new InMemoryFeedback();
    private final InMemoryCommunityLife life = new InMemoryCommunityLife();
    private final InMemoryKeyQuestions keyQuestions = new InMemoryKeyQuestions();
    private final InMemoryConsultations consultations = new InMemoryConsultations();
    private final InMemoryProjects projects = new InMemoryProjects();
    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final InMemorySecurity security;
    private final InMemoryMailbox mailbox = new InMemoryMailbox();
    private final InMemorySentMail sentMail = new InMemorySentMail();
    private final PortSet ports = new PortSet("held in memory");

    /** Empty stores; {@code clock} tells the security ports when sessions and tokens end and limits refill. */
    public InMemoryPorts(Clock clock) {
        this.security = new InMemorySecurity(clock);
        List<InMemoryRecords<?, ?>> records = new ArrayList<>(feedback.records());
        records.addAll(life.records());
        records.addAll(keyQuestions.records());
        records.addAll(consultations.records());
        records.addAll(projects.records());
        records.addAll(subscriptions.records());
        records.add(security.staffRecords());
        this.adapters = new InMemoryAdapters(records.toArray(InMemoryRecords<?, ?>[]::new));
        add(StoredDataVersion.class, parts -> adapters.writes());
        add(Transactions.class, adapters.transactions());
        add(StoreHealth.class, adapters.storeHealth());
        add(VanguardRecord.class, adapters.vanguard());
        add(Partners.class, adapters.partners());
        add(ClinicalNetworks.class, adapters.networks());
        add(Communities.class, adapters.communities());
        add(CommunityHistories.class, life.communityHistories());
        add(Workstreams.class, adapters.workstreams());
        add(ReferenceDataReleases.class, adapters.releases());
        add(StaffMembers.class, security.staffMembers());
        add(PasswordHasher.class, security.passwordHasher());
        add(StaffSessions.class, security.sessions());
        add(ApiTokens.class, security.apiTokens());
        add(SecondFactors.class, security.secondFactors());
        add(RateLimits.class, security.rateLimits());
        add(AuditLog.class, security.auditLog());
        add(FeedbackLog.class, feedback.feedbackLog());
        add(Themes.class, feedback.themes());
        add(SubmissionReplays.class, feedback.submissionReplays());
        add(ChangesMade.class, feedback.changesMade());
        add(Outbox.class, feedback.outbox());
        add(Priorities.class, life.priorities());
        add(Teams.class, life.teams());
        add(Professions.class, life.professions());
        add(Meetings.class, life.meetings());
        add(Registrations.class, life.registrations());
        add(KeyQuestions.class, keyQuestions.keyQuestions());
        add(CommunityProjects.class, projects.communityProjects());
        add(ProjectReports.class, projects.projectReports());
        add(OnlineConsultationGuides.class, projects.onlineConsultationGuides());
        add(ViewsInBulk.class, viewsInBulk());
        add(ExpiredRecords.class, expiredRecords());
        add(OneRunAtATime.class, oneRunAtATime());
        add(SearchIndex.class, new InMemorySearch(feedback, life, keyQuestions, projects,
                adapters.communities(), clock));
        add(OpenDataRecords.class, new InMemoryOpenDataRecords(adapters, feedback, life, keyQuestions,
                projects, clock));
        add(InsightTallies.class, new InMemoryInsightTallies(feedback::allViews, feedback.changesMade()));
        add(Consultations.class, consultations.consultations());
        add(ConsultationResponses.class, consultations.responses());
        add(AnswersInProgress.class, consultations.answersInProgress());
        add(FreeTextAnswers.class, consultations.freeTextAnswers());
        add(RespondentEmails.class, consultations.respondentEmails());
        add(Subscriptions.class, subscriptions);
        add(MailSender.class, mailbox);
        add(SentMailCopies.class, sentMail);
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

    /** The directory's stores and the shared transactions, for tests that look behind the use cases. */
    public InMemoryAdapters adapters() {
        return adapters;
    }

    /** The feedback loop's stores. */
    public InMemoryFeedback feedback() {
        return feedback;
    }

    /** The stores of a community's life (priorities, teams, histories, meetings). */
    public InMemoryCommunityLife life() {
        return life;
    }

    /** The store of key questions. */
    public InMemoryKeyQuestions keyQuestions() {
        return keyQuestions;
    }

    /** The store of community projects and the reports about them. */
    public InMemoryProjects projects() {
        return projects;
    }

    /** Staff, sessions, tokens, second factors, rate limits and the audit log. */
    public InMemorySecurity security() {
        return security;
    }

    /** Every message the mail delivery has handed over. */
    public InMemoryMailbox mailbox() {
        return mailbox;
    }

    /** The copies of mail sent that the service keeps: none unless a test keeps some. */
    public InMemorySentMail sentMail() {
        return sentMail;
    }

    private ViewsInBulk viewsInBulk() {
        return new ViewsInBulk() {
            @Override
            public long count() {
                return feedback.viewCount();
            }

            @Override
            public void write(Iterator<BulkView> views, long expected, LongConsumer written) {
                long count = 0;
                while (views.hasNext()) {
                    feedback.addInBulk(views.next());
                    written.accept(++count);
                }
            }

            @Override
            public void afterBulkLoad() {
                // nothing is kept beside the views in memory: every count is read from them
            }

            @Override
            public boolean finishInterruptedLoad() {
                return false;
            }
        };
    }

    private ExpiredRecords expiredRecords() {
        return new ExpiredRecords() {
            @Override
            public int forgetContactOfViewsClosedBefore(Instant closedBefore, Instant now, int most) {
                return feedback.forgetContactOfViewsClosedBefore(closedBefore, now, most);
            }

            @Override
            public int removeRegistrationsOfMeetingsEndedBefore(Instant endedBefore, int most) {
                return life.removeRegistrationsOfMeetingsEndedBefore(endedBefore, most);
            }

            @Override
            public int removeMailGivenUpBefore(Instant givenUpBefore, int most) {
                return feedback.outbox().removeMailGivenUpBefore(givenUpBefore, most);
            }

            @Override
            public int removeAnswersForRetriesGivenBefore(Instant before, int most) {
                return feedback.removeAnswersForRetriesGivenBefore(before, most);
            }

            @Override
            public int removeSessionsEndedBy(Instant now, Duration idleTimeout, int most) {
                return security.removeSessionsEndedBy(now, idleTimeout, most);
            }

            @Override
            public int removeApiTokensEndedBefore(Instant endedBefore, int most) {
                return security.removeApiTokensEndedBefore(endedBefore, most);
            }

            @Override
            public int removeAnswersInProgressExpiredBy(Instant now, int most) {
                return consultations.removeAnswersInProgressExpiredBy(now, most);
            }

            @Override
            public int removeUnconfirmedSubscriptionsAskedBefore(Instant askedBefore, int most) {
                return subscriptions.removeUnconfirmedAskedBefore(askedBefore, most);
            }
        };
    }

    /**
     * In memory, transactions run one at a time (see {@link InMemoryTransactions}), so a claim made inside one is never
     * held by another; outside a transaction there is nothing to hold it until, which is a mistake.
     */
    private OneRunAtATime oneRunAtATime() {
        return work -> {
            if (!adapters.transactions().openOnThisThread()) {
                throw new IllegalStateException("claim " + work + " inside a transaction");
            }
            return true;
        };
    }
}
