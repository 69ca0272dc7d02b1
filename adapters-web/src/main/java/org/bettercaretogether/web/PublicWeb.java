package org.bettercaretogether.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.web.audit.AuditWeb;
import org.bettercaretogether.web.directory.DirectoryWeb;
import org.bettercaretogether.web.place.PlaceWeb;
import org.bettercaretogether.web.feedback.FeedbackWeb;
import org.bettercaretogether.web.moderation.ModerationWeb;
import org.bettercaretogether.web.change.ChangeWeb;
import org.bettercaretogether.web.community.CommunityLifeStaffWeb;
import org.bettercaretogether.web.content.ContentWeb;
import org.bettercaretogether.web.keyquestion.KeyQuestionWeb;
import org.bettercaretogether.web.meeting.MeetingWeb;
import org.bettercaretogether.web.priority.PriorityWeb;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.SubmissionThrottle;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.platform.WebSettings;
import org.bettercaretogether.web.staff.StaffWeb;

/**
 * The web server as the composition root builds it: the home page, the directory of partners, networks,
 * communities and workstreams, finding a community for a place, all as HTML pages and under {@code /api/v1};
 * the staff side (signing in, the staff home, passwords, API tokens, and for administrators the staff accounts,
 * the audit log and corrections to the directory) under {@code /staff} and {@code /api/v1/staff}; {@code /health/ready} asking {@link CheckReadiness}; the rate limit on public
 * submissions; and the security headers on every answer.
 *
 * <pre>{@code
 * var ports = new WebPorts(browseDirectory, findCommunityForPlace, checkReadiness, signIn, authenticate,
 *         signOut, changePassword, manageApiTokens, admitPublicSubmission, manageStaff, readAuditLog,
 *         correctDirectory);
 * var server = PublicWeb.server(ports, new WebSettings(config.behindProxy(), clock)).start(8080);
 * }</pre>
 */
public final class PublicWeb {

    private PublicWeb() {
    }

    /** Configures (but does not start) the server over the given inbound ports, deployed as {@code settings} say. */
    public static WebServer server(WebPorts ports, WebSettings settings) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(settings, "settings");
        List<Routes> groups = new ArrayList<>();
        groups.add(new SubmissionThrottle(ports.admitPublicSubmission()));
        groups.addAll(StaffWeb.routes(ports.signIn(), ports.authenticate(), ports.signOut(), ports.changePassword(),
                ports.apiTokens(), ports.manageStaff(), ports.directory(), settings.clock()));
        groups.addAll(AuditWeb.routes(ports.readAuditLog(), ports.manageStaff()));
        groups.addAll(DirectoryWeb.routes(ports.directory(), ports.publishedFeedback(), ports.readPriorities(),
                ports.readTeams(), ports.browseMeetings(), ports.shapeCommunities(), settings.clock()));
        groups.addAll(DirectoryWeb.corrections(ports.directory(), ports.correctDirectory()));
        groups.addAll(PlaceWeb.routes(ports.places()));
        groups.addAll(FeedbackWeb.routes(ports.submitFeedback(), ports.trackFeedback(), ports.publishedFeedback(),
                ports.directory(), settings.clock()));
        groups.addAll(ModerationWeb.routes(ports.moderateFeedback(), ports.respondToFeedback(), ports.enterFeedback(),
                ports.eraseContributorData(), ports.manageThemes(), ports.directory(), ports.browseMeetings(),
                settings.clock()));
        groups.addAll(ChangeWeb.routes(ports.recordChangeMade(), ports.youSaidWeDid(), ports.manageThemes(),
                ports.directory(), settings.clock()));
        groups.addAll(PriorityWeb.routes(ports.readPriorities(), ports.readTeams(), ports.directory()));
        groups.addAll(MeetingWeb.routes(ports.browseMeetings(), ports.registerForMeeting(), ports.publishedFeedback(),
                settings.clock()));
        groups.addAll(CommunityLifeStaffWeb.routes(ports.managePriorities(), ports.readPriorities(),
                ports.manageTeams(), ports.readTeams(), ports.shapeCommunities(), ports.scheduleMeetings(),
                ports.manageThemes(), ports.directory(), settings.clock()));
        groups.addAll(ContentWeb.routes());
        groups.addAll(KeyQuestionWeb.routes(ports.readKeyQuestions(), ports.manageKeyQuestions()));
        return new WebServer(groups, ports.readiness()::ready, settings);
    }
}
