package org.bettercaretogether.web;

import java.util.Objects;
import org.bettercaretogether.application.audit.ReadAuditLog;
import org.bettercaretogether.application.change.RecordChangeMade;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.feedback.EraseContributorData;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.feedback.ModerateFeedback;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.TrackFeedback;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
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

/**
 * Every inbound port the web adapter calls, in one value the composition root builds once and hands to
 * {@link PublicWeb#server(WebPorts, org.bettercaretogether.web.platform.WebSettings)}. None may be null. A use case the web adapter comes to need
 * is one more component here, so the composition root cannot forget to wire it.
 *
 * @param directory             the directory of partners, networks, communities and workstreams
 * @param places                finding a community for a place
 * @param readiness             whether the service can serve requests ({@code /health/ready})
 * @param signIn                staff sign-in
 * @param authenticate          who is behind a session cookie or an API token
 * @param signOut               ending a session
 * @param changePassword        changing one's own password
 * @param apiTokens             one's own API tokens
 * @param admitPublicSubmission the rate limit on public submissions
 * @param manageStaff           staff accounts (administrators)
 * @param readAuditLog          the audit log (administrators)
 * @param correctDirectory      corrections to the reference data (administrators)
 * @param submitFeedback        a member of the public giving a view
 * @param trackFeedback         following a view by its private link
 * @param publishedFeedback     the published views and the listening scorecards
 * @param moderateFeedback      the moderation queue and moderators' decisions
 * @param respondToFeedback     partners' answers to views
 * @param enterFeedback         staff entering views that came in other ways
 * @param eraseContributorData  erasure of a person's personal data (administrators)
 * @param manageThemes          the managed list of themes
 * @param recordChangeMade      staff recording changes made
 * @param youSaidWeDid          the public "you said, we did" pages
 * @param managePriorities      staff keeping each community's priorities
 * @param readPriorities        the public reading of priorities and their comparison
 * @param manageTeams           staff recording each community's team and the professions
 * @param readTeams             the public reading of teams and their totals
 * @param shapeCommunities      stages, renamings and mergers of communities, and where old addresses lead
 * @param scheduleMeetings      staff running public meetings
 * @param registerForMeeting    the public registering for meetings and cancelling
 * @param browseMeetings        the public reading of meetings
 * @param readKeyQuestions      the public reading of the key questions
 * @param manageKeyQuestions    staff keeping the key questions
 */
public record WebPorts(BrowseDirectory directory, FindCommunityForPlace places, CheckReadiness readiness,
                       SignIn signIn, Authenticate authenticate, SignOut signOut, ChangePassword changePassword,
                       ManageApiTokens apiTokens, AdmitPublicSubmission admitPublicSubmission,
                       ManageStaff manageStaff, ReadAuditLog readAuditLog, CorrectDirectory correctDirectory,
                       SubmitFeedback submitFeedback, TrackFeedback trackFeedback,
                       ReadPublishedFeedback publishedFeedback, ModerateFeedback moderateFeedback,
                       RespondToFeedback respondToFeedback, EnterFeedback enterFeedback,
                       EraseContributorData eraseContributorData, ManageThemes manageThemes,
                       RecordChangeMade recordChangeMade, YouSaidWeDid youSaidWeDid,
                       ManagePriorities managePriorities, ReadPriorities readPriorities, ManageTeams manageTeams,
                       ReadTeams readTeams, ShapeCommunities shapeCommunities, ScheduleMeetings scheduleMeetings,
                       RegisterForMeeting registerForMeeting, BrowseMeetings browseMeetings,
                       ReadKeyQuestions readKeyQuestions, ManageKeyQuestions manageKeyQuestions) {

    public WebPorts {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(signOut, "signOut");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(apiTokens, "apiTokens");
        Objects.requireNonNull(admitPublicSubmission, "admitPublicSubmission");
        Objects.requireNonNull(manageStaff, "manageStaff");
        Objects.requireNonNull(readAuditLog, "readAuditLog");
        Objects.requireNonNull(correctDirectory, "correctDirectory");
        Objects.requireNonNull(submitFeedback, "submitFeedback");
        Objects.requireNonNull(trackFeedback, "trackFeedback");
        Objects.requireNonNull(publishedFeedback, "publishedFeedback");
        Objects.requireNonNull(moderateFeedback, "moderateFeedback");
        Objects.requireNonNull(respondToFeedback, "respondToFeedback");
        Objects.requireNonNull(enterFeedback, "enterFeedback");
        Objects.requireNonNull(eraseContributorData, "eraseContributorData");
        Objects.requireNonNull(manageThemes, "manageThemes");
        Objects.requireNonNull(recordChangeMade, "recordChangeMade");
        Objects.requireNonNull(youSaidWeDid, "youSaidWeDid");
        Objects.requireNonNull(managePriorities, "managePriorities");
        Objects.requireNonNull(readPriorities, "readPriorities");
        Objects.requireNonNull(manageTeams, "manageTeams");
        Objects.requireNonNull(readTeams, "readTeams");
        Objects.requireNonNull(shapeCommunities, "shapeCommunities");
        Objects.requireNonNull(scheduleMeetings, "scheduleMeetings");
        Objects.requireNonNull(registerForMeeting, "registerForMeeting");
        Objects.requireNonNull(browseMeetings, "browseMeetings");
        Objects.requireNonNull(readKeyQuestions, "readKeyQuestions");
        Objects.requireNonNull(manageKeyQuestions, "manageKeyQuestions");
    }
}
