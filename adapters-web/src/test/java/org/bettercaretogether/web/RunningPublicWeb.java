package org.bettercaretogether.web;

import java.time.Clock;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.testing.InMemoryApplication;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.platform.WebSettings;

/**
 * The web server as {@link PublicWeb} builds it, over a fresh in-memory application holding the Morecambe Bay
 * reference data. Register it with {@code @RegisterExtension} on a static field (see {@link RunningServer}).
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
        staff = new StaffAccounts(application);
        return PublicWeb.server(ports(application), new WebSettings(trustForwardedHeaders, clock));
    }

    /** Every inbound port of the web adapter, from the in-memory application. */
    public static WebPorts ports(InMemoryApplication app) {
        return new WebPorts(app.browseDirectory(), app.findCommunityForPlace(), app.checkReadiness(), app.signIn(),
                app.authenticate(), app.signOut(), app.changePassword(), app.manageApiTokens(),
                app.admitPublicSubmission(), app.manageStaff(), app.readAuditLog(), app.correctDirectory(),
                app.submitFeedback(), app.trackFeedback(), app.readPublishedFeedback(), app.moderateFeedback(),
                app.respondToFeedback(), app.enterFeedback(), app.eraseContributorData(), app.manageThemes(),
                app.recordChangeMade(), app.youSaidWeDid(), app.managePriorities(), app.readPriorities(),
                app.manageTeams(), app.readTeams(), app.shapeCommunities(), app.scheduleMeetings(),
                app.registerForMeeting(), app.browseMeetings(), app.readKeyQuestions(), app.manageKeyQuestions());
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
                defaults.maximumTokenLifetime());
    }

    /** A new browser, with no cookies, talking to this server. */
    public Browser browser() {
        return new Browser(this);
    }
}
