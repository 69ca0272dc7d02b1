package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.application.keyquestion.ManageKeyQuestions;
import org.bettercaretogether.application.keyquestion.ReadKeyQuestions;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.PublicWeb;
import org.bettercaretogether.web.WebPorts;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.platform.WebSettings;

import java.time.Clock;

/**
 * The Javalin server: public pages, the JSON API, the staff pages and API, health; started by {@link RunningService}.
 */
public final class WebModule extends AbstractModule {

    private final boolean trustForwardedHeaders;

    public WebModule(Configuration configuration) {
        this.trustForwardedHeaders = configuration.trustForwardedHeaders();
    }

    @Provides
    @Singleton
    WebServer webServer(BrowseDirectory directory, FindCommunityForPlace places, CheckReadiness readiness,
                        SignIn signIn, Authenticate authenticate, SignOut signOut, ChangePassword changePassword,
                        ManageApiTokens apiTokens, AdmitPublicSubmission admitPublicSubmission, ManageStaff manageStaff,
                        ReadAuditLog readAuditLog, CorrectDirectory correctDirectory, SubmitFeedback submitFeedback,
                        TrackFeedback trackFeedback, ReadPublishedFeedback publishedFeedback,
                        ModerateFeedback moderateFeedback, RespondToFeedback respondToFeedback,
                        EnterFeedback enterFeedback, EraseContributorData eraseContributorData,
                        ManageThemes manageThemes, RecordChangeMade recordChangeMade, YouSaidWeDid youSaidWeDid,
                        ManagePriorities managePriorities, ReadPriorities readPriorities, ManageTeams manageTeams,
                        ReadTeams readTeams, ShapeCommunities shapeCommunities, ScheduleMeetings scheduleMeetings,
                        RegisterForMeeting registerForMeeting, BrowseMeetings browseMeetings,
                        ReadKeyQuestions readKeyQuestions, ManageKeyQuestions manageKeyQuestions, Clock clock) {
        return PublicWeb.server(new WebPorts(directory, places, readiness, signIn, authenticate, signOut,
                        changePassword, apiTokens, admitPublicSubmission, manageStaff, readAuditLog, correctDirectory,
                        submitFeedback, trackFeedback, publishedFeedback, moderateFeedback, respondToFeedback,
                        enterFeedback, eraseContributorData, manageThemes, recordChangeMade, youSaidWeDid,
                        managePriorities, readPriorities, manageTeams, readTeams, shapeCommunities, scheduleMeetings,
                        registerForMeeting, browseMeetings, readKeyQuestions, manageKeyQuestions),
                new WebSettings(trustForwardedHeaders, clock));
    }
}
