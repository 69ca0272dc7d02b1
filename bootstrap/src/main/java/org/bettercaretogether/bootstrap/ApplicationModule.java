package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.bettercaretogether.application.audit.AuditReader;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.change.ChangeRecords;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.community.CommunityShaping;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.community.PlaceFinder;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.AdministerDirectory;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.DirectoryAdministration;
import org.bettercaretogether.application.directory.DirectoryBrowser;
import org.bettercaretogether.application.directory.DirectoryCorrections;
import org.bettercaretogether.application.feedback.ContributorErasure;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.feedback.FeedbackHandling;
import org.bettercaretogether.application.feedback.FeedbackIntake;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.FeedbackTracker;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.PublishedFeedbackReader;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.ThemeCatalogue;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.application.health.ReadinessCheck;
import org.bettercaretogether.application.keyquestion.KeyQuestionKeeping;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.mail.MailDelivery;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.MeetingDesk;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityKeeping;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataLoader;
import org.bettercaretogether.application.sampledata.LoadSampleData;
import org.bettercaretogether.application.sampledata.SampleProgramme;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.security.ApiTokenService;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.PublicSubmissionLimiter;
import org.bettercaretogether.application.security.SecurityEvents;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.security.StaffSessionService;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.staff.StaffAdministration;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamRecords;

import java.time.Clock;

/** The use cases, each bound to the service that implements it, the clock they read and the security settings. */
public final class ApplicationModule extends AbstractModule {

    private final Clock clock;
    private final SecuritySettings security;
    private final FeedbackSettings feedback;

    public ApplicationModule(Clock clock, SecuritySettings security, FeedbackSettings feedback) {
        this.clock = clock;
        this.security = security;
        this.feedback = feedback;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(BrowseDirectory.class).to(DirectoryBrowser.class).in(Singleton.class);
        bind(AdministerDirectory.class).to(DirectoryAdministration.class).in(Singleton.class);
        bind(FindCommunityForPlace.class).to(PlaceFinder.class).in(Singleton.class);
        bind(LoadReferenceData.class).to(ReferenceDataLoader.class).in(Singleton.class);
        bind(CheckReadiness.class).to(ReadinessCheck.class).in(Singleton.class);

        bind(SecuritySettings.class).toInstance(security);
        bind(SecurityEvents.class).to(LoggedSecurityEvents.class).in(Singleton.class);
        bind(StaffSessionService.class).in(Singleton.class);
        bind(SignIn.class).to(StaffSessionService.class);
        bind(Authenticate.class).to(StaffSessionService.class);
        bind(SignOut.class).to(StaffSessionService.class);
        bind(ChangePassword.class).to(StaffSessionService.class);
        bind(ManageApiTokens.class).to(ApiTokenService.class).in(Singleton.class);
        bind(AdmitPublicSubmission.class).to(PublicSubmissionLimiter.class).in(Singleton.class);
        bind(StaffAdministration.class).in(Singleton.class);
        bind(ManageStaff.class).to(StaffAdministration.class);
        bind(CreateAdministrator.class).to(StaffAdministration.class);
        bind(ReadAuditLog.class).to(AuditReader.class).in(Singleton.class);
        bind(CorrectDirectory.class).to(DirectoryCorrections.class).in(Singleton.class);

        bind(FeedbackSettings.class).toInstance(feedback);
        bind(FeedbackIntake.class).in(Singleton.class);
        bind(SubmitFeedback.class).to(FeedbackIntake.class);
        bind(EnterFeedback.class).to(FeedbackIntake.class);
        bind(TrackFeedback.class).to(FeedbackTracker.class).in(Singleton.class);
        bind(FeedbackHandling.class).in(Singleton.class);
        bind(ModerateFeedback.class).to(FeedbackHandling.class);
        bind(RespondToFeedback.class).to(FeedbackHandling.class);
        bind(ManageThemes.class).to(ThemeCatalogue.class).in(Singleton.class);
        bind(ReadPublishedFeedback.class).to(PublishedFeedbackReader.class).in(Singleton.class);
        bind(EraseContributorData.class).to(ContributorErasure.class).in(Singleton.class);
        bind(ChangeRecords.class).in(Singleton.class);
        bind(RecordChangeMade.class).to(ChangeRecords.class);
        bind(YouSaidWeDid.class).to(ChangeRecords.class);
        bind(DeliverMail.class).to(MailDelivery.class).in(Singleton.class);

        bind(PriorityKeeping.class).in(Singleton.class);
        bind(ManagePriorities.class).to(PriorityKeeping.class);
        bind(ReadPriorities.class).to(PriorityKeeping.class);
        bind(TeamRecords.class).in(Singleton.class);
        bind(ManageTeams.class).to(TeamRecords.class);
        bind(ReadTeams.class).to(TeamRecords.class);
        bind(ShapeCommunities.class).to(CommunityShaping.class).in(Singleton.class);
        bind(MeetingDesk.class).in(Singleton.class);
        bind(ScheduleMeetings.class).to(MeetingDesk.class);
        bind(RegisterForMeeting.class).to(MeetingDesk.class);
        bind(BrowseMeetings.class).to(MeetingDesk.class);

        bind(LoadSampleData.class).to(SampleProgramme.class).in(Singleton.class);

        bind(KeyQuestionKeeping.class).in(Singleton.class);
        bind(ReadKeyQuestions.class).to(KeyQuestionKeeping.class);
        bind(ManageKeyQuestions.class).to(KeyQuestionKeeping.class);
    }

    /** Answers of read-only use cases, kept while the stored data stays the same: one cache for the whole service. */
    @Provides
    @Singleton
    ReadCache readCache(StoredDataVersion version) {
        return new ReadCache(version);
    }
}
