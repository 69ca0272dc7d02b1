package org.bettercaretogether.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.bettercaretogether.application.audit.AuditService;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.change.ChangeService;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.community.CommunityService;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.consultation.AnswerConsultation;
import org.bettercaretogether.application.consultation.AnswerPageByPage;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationService;
import org.bettercaretogether.application.consultation.TellRespondents;
import org.bettercaretogether.application.consultation.EnterPaperResponse;
import org.bettercaretogether.application.consultation.FreeTextModerationService;
import org.bettercaretogether.application.consultation.ModerateFreeText;
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
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.ModerationService;
import org.bettercaretogether.application.feedback.PublishedFeedbackService;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.SubmissionService;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.ThemeService;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.feedback.TrackingService;
import org.bettercaretogether.application.follow.FollowByEmail;
import org.bettercaretogether.application.follow.FollowService;
import org.bettercaretogether.application.follow.NotifyFollowers;
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
import org.bettercaretogether.application.mail.DeliveryEvents;
import org.bettercaretogether.application.mail.MailService;
import org.bettercaretogether.application.mail.ManageUndeliveredMail;
import org.bettercaretogether.application.mail.UndeliveredMailService;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.ForgetRegistrants;
import org.bettercaretogether.application.meeting.MeetingService;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityService;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.privacy.EraseContributorData;
import org.bettercaretogether.application.privacy.ErasureService;
import org.bettercaretogether.application.privacy.ExportPersonalData;
import org.bettercaretogether.application.privacy.RetentionService;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.privacy.SubjectAccessService;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataService;
import org.bettercaretogether.application.sampledata.LoadSampleData;
import org.bettercaretogether.application.sampledata.SampleDataService;
import org.bettercaretogether.application.opendata.OpenDataService;
import org.bettercaretogether.application.opendata.PublishOpenData;
import org.bettercaretogether.application.insights.InsightsService;
import org.bettercaretogether.application.insights.ReadInsights;
import org.bettercaretogether.application.search.SearchPublicText;
import org.bettercaretogether.application.search.SearchService;
import org.bettercaretogether.application.security.AdmissionService;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.security.ApiTokenService;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.ProveSecondFactor;
import org.bettercaretogether.application.security.SecondFactorService;
import org.bettercaretogether.application.security.SecurityEvents;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.security.SetUpSecondFactor;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.security.StaffSessionService;
import org.bettercaretogether.application.shared.KeptAnswers;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.StaffService;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamService;

import java.time.Clock;

/**
 * The use cases, each bound to the service that implements it, the clock they read, the security settings and how long
 * personal data is kept; and the registry into which sign-ins, rate-limit refusals and failed deliveries are counted.
 */
public final class ApplicationModule extends AbstractModule {

    private final Clock clock;
    private final SecuritySettings security;
    private final FeedbackSettings feedback;
    private final RetentionSettings retention;
    private final MeterRegistry meters;

    /**
     * Keeping personal data as long as the privacy notice says by default, counting into Micrometer's global registry,
     * which keeps nothing unless the embedding program adds to it.
     */
    public ApplicationModule(Clock clock, SecuritySettings security, FeedbackSettings feedback) {
        this(clock, security, feedback, RetentionSettings.defaults(), Metrics.globalRegistry);
    }

    public ApplicationModule(Clock clock, SecuritySettings security, FeedbackSettings feedback,
                             RetentionSettings retention, MeterRegistry meters) {
        this.clock = clock;
        this.security = security;
        this.feedback = feedback;
        this.retention = retention;
        this.meters = meters;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(MeterRegistry.class).toInstance(meters);
        bind(BrowseDirectory.class).to(DirectoryService.class).in(Singleton.class);
        bind(AdministerDirectory.class).to(DirectoryAdministrationService.class).in(Singleton.class);
        bind(FindCommunityForPlace.class).to(PlaceSearchService.class).in(Singleton.class);
        bind(LoadReferenceData.class).to(ReferenceDataService.class).in(Singleton.class);
        bind(CheckReadiness.class).to(ReadinessService.class).in(Singleton.class);

        bind(SecuritySettings.class).toInstance(security);
        bind(SecurityEvents.class).to(ObservedSecurityEvents.class).in(Singleton.class);
        bind(StaffSessionService.class).in(Singleton.class);
        bind(SignIn.class).to(StaffSessionService.class);
        bind(Authenticate.class).to(StaffSessionService.class);
        bind(SignOut.class).to(StaffSessionService.class);
        bind(ChangePassword.class).to(StaffSessionService.class);
        bind(ManageApiTokens.class).to(ApiTokenService.class).in(Singleton.class);
        bind(SecondFactorService.class).in(Singleton.class);
        bind(ProveSecondFactor.class).to(SecondFactorService.class);
        bind(SetUpSecondFactor.class).to(SecondFactorService.class);
        bind(StaffService.class).in(Singleton.class);
        bind(ManageStaff.class).to(StaffService.class);
        bind(CreateAdministrator.class).to(StaffService.class);
        bind(ReadAuditLog.class).to(AuditService.class).in(Singleton.class);
        bind(CorrectDirectory.class).to(DirectoryCorrectionService.class).in(Singleton.class);

        bind(FeedbackSettings.class).toInstance(feedback);
        bind(SubmissionService.class).in(Singleton.class);
        bind(SubmitFeedback.class).to(SubmissionService.class);
        bind(EnterFeedback.class).to(SubmissionService.class);
        bind(TrackFeedback.class).to(TrackingService.class).in(Singleton.class);
        bind(ModerationService.class).in(Singleton.class);
        bind(ModerateFeedback.class).to(ModerationService.class);
        bind(RespondToFeedback.class).to(ModerationService.class);
        bind(ManageThemes.class).to(ThemeService.class).in(Singleton.class);
        bind(ReadPublishedFeedback.class).to(PublishedFeedbackService.class).in(Singleton.class);
        bind(EraseContributorData.class).to(ErasureService.class).in(Singleton.class);
        bind(ChangeService.class).in(Singleton.class);
        bind(RecordChangeMade.class).to(ChangeService.class);
        bind(YouSaidWeDid.class).to(ChangeService.class);
        bind(DeliverMail.class).to(MailService.class).in(Singleton.class);
        bind(DeliveryEvents.class).to(ObservedDeliveryEvents.class).in(Singleton.class);
        bind(ManageUndeliveredMail.class).to(UndeliveredMailService.class).in(Singleton.class);

        bind(PriorityService.class).in(Singleton.class);
        bind(ManagePriorities.class).to(PriorityService.class);
        bind(ReadPriorities.class).to(PriorityService.class);
        bind(TeamService.class).in(Singleton.class);
        bind(ManageTeams.class).to(TeamService.class);
        bind(ReadTeams.class).to(TeamService.class);
        bind(ShapeCommunities.class).to(CommunityService.class).in(Singleton.class);
        bind(MeetingService.class).in(Singleton.class);
        bind(ScheduleMeetings.class).to(MeetingService.class);
        bind(RegisterForMeeting.class).to(MeetingService.class);
        bind(BrowseMeetings.class).to(MeetingService.class);
        bind(ForgetRegistrants.class).to(MeetingService.class);

        bind(LoadSampleData.class).to(SampleDataService.class).in(Singleton.class);

        bind(RetentionSettings.class).toInstance(retention);
        bind(ApplyRetention.class).to(RetentionService.class).in(Singleton.class);
        bind(ExportPersonalData.class).to(SubjectAccessService.class).in(Singleton.class);

        bind(KeyQuestionService.class).in(Singleton.class);
        bind(ReadKeyQuestions.class).to(KeyQuestionService.class);
        bind(ManageKeyQuestions.class).to(KeyQuestionService.class);

        bind(ProjectService.class).in(Singleton.class);
        bind(BrowseProjects.class).to(ProjectService.class);
        bind(SuggestProject.class).to(ProjectService.class);
        bind(ReportProject.class).to(ProjectService.class);
        bind(ReviewProjects.class).to(ProjectService.class);
        bind(OnlineConsultationService.class).in(Singleton.class);
        bind(ReadOnlineConsultationGuides.class).to(OnlineConsultationService.class);
        bind(KeepOnlineConsultationGuides.class).to(OnlineConsultationService.class);

        bind(SearchPublicText.class).to(SearchService.class).in(Singleton.class);

        bind(PublishOpenData.class).to(OpenDataService.class).in(Singleton.class);
        bind(ReadInsights.class).to(InsightsService.class).in(Singleton.class);

        bind(ConsultationService.class).in(Singleton.class);
        bind(BrowseConsultations.class).to(ConsultationService.class);
        bind(AnswerConsultation.class).to(ConsultationService.class);
        bind(RunConsultations.class).to(ConsultationService.class);
        bind(EnterPaperResponse.class).to(ConsultationService.class);
        bind(ModerateFreeText.class).to(FreeTextModerationService.class).in(Singleton.class);
        bind(AnswerPageByPage.class).to(PageByPageAnswers.class).in(Singleton.class);

        bind(FollowService.class).in(Singleton.class);
        bind(FollowByEmail.class).to(FollowService.class);
        bind(NotifyFollowers.class).to(FollowService.class);
        bind(TellRespondents.class).to(FollowService.class);
    }

    /** The answers to registrations kept for retries, as long as views' answers are kept. */
    @Provides
    @Singleton
    KeptAnswers keptAnswers(SubmissionReplays replays, Clock clock) {
        return new KeptAnswers(replays, feedback.replaysKeptFor(), clock);
    }

    /** The limit on public submissions, its refusals counted. */
    @Provides
    @Singleton
    AdmitPublicSubmission admitPublicSubmission(AdmissionService admission, MeterRegistry registry) {
        return new CountedAdmission(admission, registry);
    }

    /** Answers of read-only use cases, kept while the stored data stays the same: one cache for the whole service. */
    @Provides
    @Singleton
    ReadCache readCache(StoredDataVersion version) {
        return new ReadCache(version);
    }
}
