package org.bettercaretogether.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.search.SearchResults;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.web.audit.AuditWeb;
import org.bettercaretogether.web.change.ChangeWeb;
import org.bettercaretogether.web.community.CommunityWeb;
import org.bettercaretogether.web.consultation.ConsultationWeb;
import org.bettercaretogether.web.content.ContentWeb;
import org.bettercaretogether.web.developers.DevelopersWeb;
import org.bettercaretogether.web.directory.DirectoryWeb;
import org.bettercaretogether.web.feedback.FeedbackWeb;
import org.bettercaretogether.web.follow.FollowWeb;
import org.bettercaretogether.web.keyquestion.KeyQuestionWeb;
import org.bettercaretogether.web.onlineconsultation.OnlineConsultationWeb;
import org.bettercaretogether.web.project.ProjectWeb;
import org.bettercaretogether.web.mail.MailWeb;
import org.bettercaretogether.web.meeting.MeetingWeb;
import org.bettercaretogether.web.moderation.ModerationWeb;
import org.bettercaretogether.web.opendata.OpenDataShelf;
import org.bettercaretogether.web.opendata.OpenDataWeb;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.SubmissionThrottle;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.platform.WebSettings;
import org.bettercaretogether.web.priority.PriorityWeb;
import org.bettercaretogether.web.privacy.PrivacyWeb;
import org.bettercaretogether.web.insights.InsightsWeb;
import org.bettercaretogether.web.search.SearchWeb;
import org.bettercaretogether.web.standards.fhir.FhirWeb;
import org.bettercaretogether.web.standards.hsds.HsdsWeb;
import org.bettercaretogether.web.staff.StaffWeb;
import org.bettercaretogether.web.team.TeamWeb;

/**
 * The web server with every feature, as the composition root builds it, over a fresh in-memory application holding
 * the Morecambe Bay reference data. Register it with {@code @RegisterExtension} on a static field (see {@link RunningServer}).
 * By default on the system clock, with the default security settings and not behind a proxy.
 */
public final class RunningPublicWeb extends RunningServer {

    private final Clock clock;
    private final SecuritySettings security;
    private final boolean trustForwardedHeaders;
    private InMemoryApplication application;
    private StaffAccounts staff;

    public RunningPublicWeb() {
        this(Clock.systemUTC(), SecuritySettings.defaults(), false);
    }

    /**
     * @param clock                 the application's clock (a {@code MovableClock} to test expiry)
     * @param security              the application's security settings (small limits to test throttling)
     * @param trustForwardedHeaders whether the server believes X-Forwarded-Proto and X-Forwarded-For
     */
    public RunningPublicWeb(Clock clock, SecuritySettings security, boolean trustForwardedHeaders) {
        this.clock = clock;
        this.security = security;
        this.trustForwardedHeaders = trustForwardedHeaders;
    }

    @Override
    protected WebServer newServer() {
        application = new InMemoryApplication(clock, security);
        application.loadReferenceData().load();
        staff = new StaffAccounts(application, clock);
        return new WebServer(features(application, clock), application.checkReadiness()::ready,
                application.checkReadiness()::details, new WebSettings(trustForwardedHeaders, clock));
    }

    /** Every feature of the web adapter, in the order the composition root registers them, over {@code app}. */
    public static List<Routes> features(InMemoryApplication app, Clock clock) {
        return List.of(new SubmissionThrottle(app.admitPublicSubmission()),
                new StaffWeb(app.signIn(), app.authenticate(), app.signOut(), app.proveSecondFactor(),
                        app.setUpSecondFactor(), app.changePassword(),
                        app.manageApiTokens(), app.manageStaff(), app.browseDirectory(), clock),
                new AuditWeb(app.readAuditLog(), app.manageStaff()),
                new DirectoryWeb(app.browseDirectory(), app.readPublishedFeedback(), app.readPriorities(),
                        app.readTeams(), app.browseMeetings(), app.shapeCommunities(), app.browseProjects(),
                        app.readOnlineConsultationGuides(), app.correctDirectory(), app.findCommunityForPlace(),
                        app.browseConsultations(), clock),
                new FeedbackWeb(app.submitFeedback(), app.trackFeedback(), app.readPublishedFeedback(),
                        app.browseDirectory()),
                new ConsultationWeb(app.browseConsultations(), app.answerConsultation(), app.answerPageByPage(),
                        app.runConsultations(), app.youSaidWeDid(), app.browseDirectory(), app.moderateFreeText(),
                        app.enterPaperResponse()),
                new FollowWeb(app.followByEmail()),
                new ModerationWeb(app.moderateFeedback(), app.respondToFeedback(), app.enterFeedback(),
                        app.manageThemes(), app.browseDirectory(), app.browseMeetings(), clock),
                new PrivacyWeb(app.eraseContributorData(), app.exportPersonalData()),
                new ChangeWeb(app.recordChangeMade(), app.youSaidWeDid(), app.manageThemes(), app.browseDirectory(),
                        app.browseConsultations(),
                        clock),
                new PriorityWeb(app.readPriorities(), app.readTeams(), app.browseDirectory()),
                new MeetingWeb(app.browseMeetings(), app.registerForMeeting(), app.admitPublicSubmission(),
                        app.readPublishedFeedback(),
                        app.scheduleMeetings(), app.browseDirectory(), app.browseConsultations(), clock),
                new CommunityWeb(app.managePriorities(), app.readPriorities(), app.readTeams(),
                        app.shapeCommunities(), app.manageThemes(), app.browseDirectory(), clock),
                new TeamWeb(app.manageTeams(), app.readTeams(), app.browseDirectory(), clock),
                new ContentWeb(RetentionSettings.defaults()),
                new KeyQuestionWeb(app.readKeyQuestions(), app.manageKeyQuestions()),
                new ProjectWeb(app.browseProjects(), app.suggestProject(), app.reportProject(), app.reviewProjects(),
                        app.browseDirectory(), app.findCommunityForPlace()),
                new OnlineConsultationWeb(app.readOnlineConsultationGuides(), app.keepOnlineConsultationGuides(),
                        app.browseDirectory()),
                new MailWeb(app.manageUndeliveredMail()),
                new DevelopersWeb(),
                // Open data is read from PostgreSQL, which the in-memory application has not: here no edition has
                // been made, and the pages say so (OpenDataSystemTest makes and serves real ones).
                new OpenDataWeb(new OpenDataShelf(Path.of("target", "no-open-data"))),
                new HsdsWeb(app.browseDirectory(), app.browseProjects()),
                new FhirWeb(app.browseDirectory()),
                // Search runs on PostgreSQL's text search, which the in-memory application has not: here it finds
                // nothing, and the page and API around it are served as ever (SearchIndexTest and
                // FeedbackLoopSystemTest search for real).
                new SearchWeb((request, cursor, limit) -> Outcome.done(SearchResults.none()), app.browseDirectory(),
                        app.manageThemes()),
                new InsightsWeb(app.readInsights(), app.browseDirectory(), app.manageThemes()));
    }

    /** The application the running server reads. */
    public InMemoryApplication application() {
        server();
        return application;
    }

    /** Staff accounts in the running server's application. */
    public StaffAccounts staff() {
        server();
        return staff;
    }

    /**
     * The default security settings with these limits: a class of tests that signs in many times from one
     * address needs more than the default, one that tests throttling fewer.
     */
    public static SecuritySettings securitySettings(Limit signInsPerSource, Limit failedSignInsPerAccount,
                                                    Limit publicPostsPerSource) {
        var defaults = SecuritySettings.defaults();
        return new SecuritySettings(defaults.sessionIdleTimeout(), defaults.sessionAbsoluteTimeout(),
                signInsPerSource, failedSignInsPerAccount, publicPostsPerSource, defaults.tokenLifetime(),
                defaults.maximumTokenLifetime(), publicPostsPerSource);
    }

    /** A new browser, with no cookies, talking to this server. */
    public Browser browser() {
        return new Browser(this);
    }
}
