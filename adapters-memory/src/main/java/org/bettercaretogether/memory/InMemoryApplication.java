package org.bettercaretogether.memory;

import org.bettercaretogether.application.audit.AuditService;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.change.ChangeService;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.community.CommunityService;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.AnswerPageByPage;
import org.bettercaretogether.application.consultation.AnswersInProgress;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.ConsultationService;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.EnterPaperResponse;
import org.bettercaretogether.application.consultation.FreeTextAnswers;
import org.bettercaretogether.application.consultation.FreeTextModerationService;
import org.bettercaretogether.application.consultation.ModerateFreeText;
import org.bettercaretogether.application.consultation.RespondentEmails;
import org.bettercaretogether.application.consultation.PageByPageAnswers;
import org.bettercaretogether.application.consultation.RunConsultations;
import org.bettercaretogether.application.directory.AdministerDirectory;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.DirectoryAdministrationService;
import org.bettercaretogether.application.directory.DirectoryCorrectionService;
import org.bettercaretogether.application.directory.DirectoryService;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.directory.PlaceSearchService;
import org.bettercaretogether.application.feedback.ContributorNotices;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.ModerationService;
import org.bettercaretogether.application.feedback.PublishedFeedbackService;
import org.bettercaretogether.application.insights.InsightsService;
import org.bettercaretogether.application.insights.ReadInsights;
import org.bettercaretogether.application.feedback.PublishedViews;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.application.feedback.SubmissionService;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.ThemeService;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.feedback.TrackingService;
import org.bettercaretogether.application.follow.FollowByEmail;
import org.bettercaretogether.application.follow.FollowService;
import org.bettercaretogether.application.follow.FollowSettings;
import org.bettercaretogether.application.follow.NotifyFollowers;
import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.application.health.ReadinessService;
import org.bettercaretogether.application.keyquestion.KeyQuestionService;
import org.bettercaretogether.application.onlineconsultation.KeepOnlineConsultationGuides;
import org.bettercaretogether.application.onlineconsultation.OnlineConsultationService;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.project.ProjectService;
import org.bettercaretogether.application.project.ReportProject;
import org.bettercaretogether.application.project.ReviewProjects;
import org.bettercaretogether.application.project.SuggestProject;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.mail.MailService;
import org.bettercaretogether.application.mail.ManageUndeliveredMail;
import org.bettercaretogether.application.mail.UndeliveredMailService;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.MeetingNotices;
import org.bettercaretogether.application.meeting.MeetingService;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityService;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.application.privacy.ErasureService;
import org.bettercaretogether.application.privacy.ExportPersonalData;
import org.bettercaretogether.application.privacy.SubjectAccessService;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.application.security.AdmissionService;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.security.ApiTokenService;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.ProveSecondFactor;
import org.bettercaretogether.application.security.SecondFactorService;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.security.SetUpSecondFactor;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.security.StaffSessionService;
import org.bettercaretogether.application.shared.KeptAnswers;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffService;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamService;

import java.time.Clock;

/**
 * The application's use cases wired to {@link InMemoryAdapters}: the whole application without a database,
 * for tests of an adapter or of an embedding service.
 *
 * <pre>{@code
 * var app = InMemoryApplication.withReferenceData();
 * app.findCommunityForPlace().find(PlaceQuery.parse("Kendal"));
 * }</pre>
 */
public final class InMemoryApplication {

    private final Subjects subjects;
    private final InMemoryPorts ports;
    private final InMemoryAdapters adapters;
    private final BrowseDirectory browseDirectory;
    private final AdministerDirectory administerDirectory;
    private final FindCommunityForPlace findCommunityForPlace;
    private final LoadReferenceData loadReferenceData;
    private final CheckReadiness checkReadiness;
    private final InMemorySecurity security;
    private final SecuritySettings settings;
    private final StaffSessionService sessions;
    private final SecondFactorService secondFactors;
    private final ManageApiTokens manageApiTokens;
    private final AdmitPublicSubmission admitPublicSubmission;
    private final StaffService staffAdministration;
    private final ReadAuditLog readAuditLog;
    private final CorrectDirectory correctDirectory;
    private final InMemoryFeedback feedback;
    private final InMemoryMailbox mailbox;
    private final InMemorySentMail sentMail;
    private final SubmissionService feedbackIntake;
    private final TrackingService feedbackTracker;
    private final ModerationService feedbackHandling;
    private final ThemeService themeCatalogue;
    private final PublishedFeedbackService publishedFeedback;
    private final InsightsService insights;
    private final ErasureService erasure;
    private final SubjectAccessService subjectAccess;
    private final ChangeService changeRecords;
    private final InMemoryDeliveryEvents deliveryEvents = new InMemoryDeliveryEvents();
    private final MailService mailDelivery;
    private final UndeliveredMailService undeliveredMail;
    private final InMemoryCommunityLife life;
    private final PriorityService priorityKeeping;
    private final TeamService teamRecords;
    private final CommunityService communityShaping;
    private final MeetingService meetingDesk;
    private final InMemoryKeyQuestions keyQuestions;
    private final KeyQuestionService keyQuestionKeeping;
    private final ConsultationService consultations;
    private final FreeTextModerationService freeTextModeration;
    private final PageByPageAnswers pageByPage;
    private final FollowService follow;
    private final ProjectService projectDesk;
    private final OnlineConsultationService onlineConsultations;

    public InMemoryApplication(Clock clock) {
        this(clock, SecuritySettings.defaults());
    }

    public InMemoryApplication(Clock clock, SecuritySettings settings) {
        this(clock, settings, FeedbackSettings.defaults());
    }

    public InMemoryApplication(Clock clock, SecuritySettings settings, FeedbackSettings feedbackSettings) {
        this.ports = new InMemoryPorts(clock);
        this.security = ports.security();
        this.adapters = ports.adapters();
        this.feedback = ports.feedback();
        this.life = ports.life();
        this.keyQuestions = ports.keyQuestions();
        this.mailbox = ports.mailbox();
        this.sentMail = ports.sentMail();
        // In memory there is no store to spare: every read asks the records, so tests see each change at once.
        ReadCache cache = ReadCache.none();
        this.settings = settings;
        this.browseDirectory = new DirectoryService(adapters.vanguard(), adapters.partners(), adapters.networks(),
                adapters.communities(), adapters.workstreams(), life.communityHistories(), cache, clock);
        this.administerDirectory = new DirectoryAdministrationService(adapters.transactions(), adapters.vanguard(),
                adapters.partners(), adapters.networks(), adapters.communities(), adapters.workstreams());
        this.findCommunityForPlace = new PlaceSearchService(browseDirectory);
        this.loadReferenceData = new ReferenceDataService(adapters.transactions(), adapters.releases(),
                administerDirectory, adapters.vanguard(), adapters.partners(), adapters.networks(),
                adapters.communities(), adapters.workstreams(), clock);
        this.checkReadiness = new ReadinessService(adapters.storeHealth(), feedback.outbox(), clock);
        AuditTrail audit = new AuditTrail(security.auditLog(), clock);
        SecondFactors secondFactorStore = security.secondFactors();
        this.sessions = new StaffSessionService(adapters.transactions(), security.staffMembers(), security.sessions(),
                security.apiTokens(), secondFactorStore, security.passwordHasher(), security.rateLimits(), audit,
                security.securityEvents(), settings, clock);
        this.secondFactors = new SecondFactorService(adapters.transactions(), security.staffMembers(),
                security.sessions(), secondFactorStore, security.rateLimits(), audit, security.securityEvents(),
                settings, clock);
        this.manageApiTokens = new ApiTokenService(adapters.transactions(), security.apiTokens(), audit,
                security.securityEvents(), settings, clock);
        this.admitPublicSubmission = new AdmissionService(security.rateLimits(), settings);
        this.staffAdministration = new StaffService(adapters.transactions(), security.staffMembers(),
                adapters.partners(), security.sessions(), security.passwordHasher(), audit, security.apiTokens(),
                secondFactorStore, clock);
        this.readAuditLog = new AuditService(security.auditLog());
        this.correctDirectory = new DirectoryCorrectionService(adapters.transactions(), administerDirectory,
                adapters.partners(), adapters.networks(), adapters.communities(), adapters.workstreams(), audit);
        this.subjects = new Subjects(adapters.communities(), life.communityHistories(), adapters.workstreams(),
                adapters.networks(), cache, clock);
        PublishedViews publishedViews = new PublishedViews(subjects, feedback.themes(), adapters.partners(), cache);
        ContributorNotices notices = new ContributorNotices(feedback.outbox(), clock);
        this.feedbackIntake = new SubmissionService(adapters.transactions(), feedback.feedbackLog(),
                feedback.submissionReplays(), life.meetings(), subjects, feedbackSettings, notices, audit, clock);
        this.feedbackTracker = new TrackingService(adapters.transactions(), feedback.feedbackLog(), subjects,
                publishedViews);
        this.feedbackHandling = new ModerationService(adapters.transactions(), feedback.feedbackLog(), feedback.themes(),
                security.staffMembers(), subjects, publishedViews, notices, feedbackSettings, audit, clock);
        this.themeCatalogue = new ThemeService(adapters.transactions(), feedback.themes(), audit, cache);
        this.publishedFeedback = new PublishedFeedbackService(adapters.transactions(), feedback.feedbackLog(),
                adapters.communities(), subjects, publishedViews, cache, clock);
        this.insights = new InsightsService(adapters.transactions(),
                new InMemoryInsightTallies(feedback::allViews, feedback.changesMade()), adapters.communities(),
                adapters.networks(), adapters.workstreams(), feedback.themes(), cache, clock);
        this.changeRecords = new ChangeService(adapters.transactions(), feedback.changesMade(),
                ports.port(Consultations.class), feedback.feedbackLog(), feedback.themes(), adapters.communities(),
                adapters.workstreams(), publishedViews, notices, audit, cache, clock);
        this.mailDelivery = new MailService(feedback.outbox(), mailbox, deliveryEvents, DeliverySettings.defaults(),
                clock);
        this.undeliveredMail = new UndeliveredMailService(adapters.transactions(), feedback.outbox(), audit, clock);
        this.priorityKeeping = new PriorityService(adapters.transactions(), life.priorities(), adapters.communities(),
                life.communityHistories(), feedback.themes(), adapters.partners(), audit, cache, clock);
        this.teamRecords = new TeamService(adapters.transactions(), life.teams(), life.professions(),
                adapters.communities(), adapters.partners(), life.communityHistories(), audit, cache, clock);
        this.communityShaping = new CommunityService(adapters.transactions(), adapters.communities(),
                life.communityHistories(), audit, cache, clock);
        this.meetingDesk = new MeetingService(adapters.transactions(), life.meetings(), life.registrations(),
                adapters.communities(), life.communityHistories(), adapters.workstreams(),
                new MeetingNotices(feedback.outbox(), clock),
                new KeptAnswers(feedback.submissionReplays(), feedbackSettings.replaysKeptFor(), clock), audit, cache, clock);
        this.erasure = new ErasureService(adapters.transactions(), feedback.feedbackLog(), meetingDesk,
                ports.projects().communityProjects(), feedback.outbox(), ports.port(Subscriptions.class), sentMail,
                ports.port(RespondentEmails.class), audit, clock);
        this.subjectAccess = new SubjectAccessService(adapters.transactions(), feedback.feedbackLog(), subjects,
                life.registrations(), life.meetings(), ports.projects().communityProjects(), feedback.outbox(),
                ports.port(Subscriptions.class), sentMail, security.staffMembers(), ports.port(RespondentEmails.class),
                ports.port(Consultations.class), adapters.partners(), audit, clock);
        this.keyQuestionKeeping = new KeyQuestionService(adapters.transactions(), keyQuestions.keyQuestions(), audit,
                cache, clock);
        this.projectDesk = new ProjectService(adapters.transactions(), ports.projects().communityProjects(),
                ports.projects().projectReports(), adapters.communities(), audit, cache, clock);
        this.onlineConsultations = new OnlineConsultationService(adapters.transactions(),
                ports.projects().onlineConsultationGuides(), adapters.communities(), audit, cache, clock);
        this.follow = new FollowService(adapters.transactions(), ports.port(Subscriptions.class),
                ports.port(Consultations.class), adapters.communities(), adapters.workstreams(), feedback.feedbackLog(),
                ports.port(ConsultationResponses.class), feedback.changesMade(), life.meetings(), feedback.outbox(),
                new FollowSettings(FollowSettings.LOCAL), clock);
        this.consultations = new ConsultationService(adapters.transactions(), ports.port(Consultations.class),
                ports.port(ConsultationResponses.class), ports.port(FreeTextAnswers.class),
                ports.port(RespondentEmails.class),
                new KeptAnswers(feedback.submissionReplays(), feedbackSettings.replaysKeptFor(), clock), subjects,
                adapters.communities(), adapters.partners(), follow, audit, cache, clock);
        this.freeTextModeration = new FreeTextModerationService(adapters.transactions(),
                ports.port(Consultations.class), ports.port(FreeTextAnswers.class), subjects, adapters.partners(),
                audit, clock);
        this.pageByPage = new PageByPageAnswers(adapters.transactions(), ports.port(Consultations.class),
                ports.port(AnswersInProgress.class), adapters.communities(), consultations, clock);
    }

    /** Consultations as the public reads them. */
    public BrowseConsultations browseConsultations() {
        return consultations;
    }

    /** Answering consultations. */
    public AnswerConsultation answerConsultation() {
        return consultations;
    }

    /** Answering consultations a page at a time, on the web. */
    public AnswerPageByPage answerPageByPage() {
        return pageByPage;
    }

    /** Free-text answers as moderators publish or withhold them. */
    public ModerateFreeText moderateFreeText() {
        return freeTextModeration;
    }

    /** Responses staff enter from paper, calls and meetings. */
    public EnterPaperResponse enterPaperResponse() {
        return consultations;
    }

    /** Following consultations, communities and workstreams by email, with links to {@link FollowSettings#LOCAL}. */
    public FollowByEmail followByEmail() {
        return follow;
    }

    /** The notices to followers, written when this is called. */
    public NotifyFollowers notifyFollowers() {
        return follow;
    }

    /** Consultations as staff run them. */
    public RunConsultations runConsultations() {
        return consultations;
    }

    /** What views may be about, as the use cases decide it. */
    public Subjects subjects() {
        return subjects;
    }

    /** The store of key questions, for tests that look behind the use cases. */
    public InMemoryKeyQuestions keyQuestions() {
        return keyQuestions;
    }

    public ReadKeyQuestions readKeyQuestions() {
        return keyQuestionKeeping;
    }

    public ManageKeyQuestions manageKeyQuestions() {
        return keyQuestionKeeping;
    }

    public BrowseProjects browseProjects() {
        return projectDesk;
    }

    public SuggestProject suggestProject() {
        return projectDesk;
    }

    public ReportProject reportProject() {
        return projectDesk;
    }

    public ReviewProjects reviewProjects() {
        return projectDesk;
    }

    public ReadOnlineConsultationGuides readOnlineConsultationGuides() {
        return onlineConsultations;
    }

    public KeepOnlineConsultationGuides keepOnlineConsultationGuides() {
        return onlineConsultations;
    }

    /** The stores of a community's life (priorities, teams, histories, meetings), for tests that look behind the use cases. */
    public InMemoryCommunityLife life() {
        return life;
    }

    public ManagePriorities managePriorities() {
        return priorityKeeping;
    }

    public ReadPriorities readPriorities() {
        return priorityKeeping;
    }

    public ManageTeams manageTeams() {
        return teamRecords;
    }

    public ReadTeams readTeams() {
        return teamRecords;
    }

    public ShapeCommunities shapeCommunities() {
        return communityShaping;
    }

    public ScheduleMeetings scheduleMeetings() {
        return meetingDesk;
    }

    public RegisterForMeeting registerForMeeting() {
        return meetingDesk;
    }

    public BrowseMeetings browseMeetings() {
        return meetingDesk;
    }

    /** The feedback loop's stores, for tests that look behind the use cases. */
    public InMemoryFeedback feedback() {
        return feedback;
    }

    /** Every message the mail delivery has handed over. */
    public InMemoryMailbox mailbox() {
        return mailbox;
    }

    /** The copies of mail sent that the service keeps: none unless a test keeps some. */
    public InMemorySentMail sentMail() {
        return sentMail;
    }

    public SubmitFeedback submitFeedback() {
        return feedbackIntake;
    }

    public EnterFeedback enterFeedback() {
        return feedbackIntake;
    }

    public TrackFeedback trackFeedback() {
        return feedbackTracker;
    }

    public ModerateFeedback moderateFeedback() {
        return feedbackHandling;
    }

    public RespondToFeedback respondToFeedback() {
        return feedbackHandling;
    }

    public ManageThemes manageThemes() {
        return themeCatalogue;
    }

    public ReadPublishedFeedback readPublishedFeedback() {
        return publishedFeedback;
    }

    public ReadInsights readInsights() {
        return insights;
    }

    public EraseContributorData eraseContributorData() {
        return erasure;
    }

    public ExportPersonalData exportPersonalData() {
        return subjectAccess;
    }

    public RecordChangeMade recordChangeMade() {
        return changeRecords;
    }

    public YouSaidWeDid youSaidWeDid() {
        return changeRecords;
    }

    public DeliverMail deliverMail() {
        return mailDelivery;
    }

    /** The failures of the mail delivery, as they were reported. */
    public InMemoryDeliveryEvents deliveryEvents() {
        return deliveryEvents;
    }

    public ManageUndeliveredMail manageUndeliveredMail() {
        return undeliveredMail;
    }

    /** An empty application on the system clock. */
    public static InMemoryApplication empty() {
        return new InMemoryApplication(Clock.systemUTC());
    }

    /** An application holding the Morecambe Bay reference data. */
    public static InMemoryApplication withReferenceData() {
        InMemoryApplication application = empty();
        application.loadReferenceData().load();
        return application;
    }

    /** Every outbound port this application is wired to. */
    public InMemoryPorts ports() {
        return ports;
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public BrowseDirectory browseDirectory() {
        return browseDirectory;
    }

    public AdministerDirectory administerDirectory() {
        return administerDirectory;
    }

    public FindCommunityForPlace findCommunityForPlace() {
        return findCommunityForPlace;
    }

    public LoadReferenceData loadReferenceData() {
        return loadReferenceData;
    }

    public CheckReadiness checkReadiness() {
        return checkReadiness;
    }

    public InMemorySecurity security() {
        return security;
    }

    public SecuritySettings settings() {
        return settings;
    }

    public ProveSecondFactor proveSecondFactor() {
        return secondFactors;
    }

    public SetUpSecondFactor setUpSecondFactor() {
        return secondFactors;
    }

    public SignIn signIn() {
        return sessions;
    }

    public Authenticate authenticate() {
        return sessions;
    }

    public SignOut signOut() {
        return sessions;
    }

    public ChangePassword changePassword() {
        return sessions;
    }

    public ManageApiTokens manageApiTokens() {
        return manageApiTokens;
    }

    public AdmitPublicSubmission admitPublicSubmission() {
        return admitPublicSubmission;
    }

    public ManageStaff manageStaff() {
        return staffAdministration;
    }

    public CreateAdministrator createAdministrator() {
        return staffAdministration;
    }

    public ReadAuditLog readAuditLog() {
        return readAuditLog;
    }

    public CorrectDirectory correctDirectory() {
        return correctDirectory;
    }
}
