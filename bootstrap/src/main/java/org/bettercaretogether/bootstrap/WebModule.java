package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bettercaretogether.application.health.CheckReadiness;
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
import org.bettercaretogether.web.platform.MetricsEndpoint;
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
 * The Javalin server: public pages, the JSON API, the staff pages and API, health; started by {@link RunningService}.
 * Each feature of the web adapter is one line here; they are registered in this order (a multibinder keeps it), the
 * rate limit on public submissions first and the staff gate before any other staff route.
 */
public final class WebModule extends AbstractModule {

    private final boolean trustForwardedHeaders;
    private final Duration stopGrace;
    private final Duration drainTime;
    private final MetricsEndpoint metrics;
    private final Path openData;

    /** The server without {@code /metrics}, timing its requests into a registry that keeps nothing. */
    public WebModule(Configuration configuration) {
        this(configuration, MetricsEndpoint.none());
    }

    /** The server timing its requests into the {@code metrics}' registry, with {@code /metrics} if they have a token. */
    public WebModule(Configuration configuration, MetricsEndpoint metrics) {
        this.trustForwardedHeaders = configuration.trustForwardedHeaders();
        this.stopGrace = configuration.stopGrace();
        this.drainTime = configuration.drainTime();
        this.metrics = metrics;
        this.openData = openDataFolder(configuration);
    }

    /** Where the service keeps its editions of the open data: {@code open-data} in its data folder. */
    static Path openDataFolder(Configuration configuration) {
        return configuration.dataDirectory().resolve("open-data");
    }

    @Override
    protected void configure() {
        Multibinder<Routes> features = Multibinder.newSetBinder(binder(), Routes.class);
        features.addBinding().to(SubmissionThrottle.class);
        features.addBinding().to(StaffWeb.class);
        features.addBinding().to(AuditWeb.class);
        features.addBinding().to(DirectoryWeb.class);
        features.addBinding().to(FeedbackWeb.class);
        features.addBinding().to(ConsultationWeb.class);
        features.addBinding().to(FollowWeb.class);
        features.addBinding().to(ModerationWeb.class);
        features.addBinding().to(PrivacyWeb.class);
        features.addBinding().to(ChangeWeb.class);
        features.addBinding().to(PriorityWeb.class);
        features.addBinding().to(MeetingWeb.class);
        features.addBinding().to(CommunityWeb.class);
        features.addBinding().to(TeamWeb.class);
        features.addBinding().to(ContentWeb.class);
        features.addBinding().to(KeyQuestionWeb.class);
        features.addBinding().to(ProjectWeb.class);
        features.addBinding().to(OnlineConsultationWeb.class);
        features.addBinding().to(MailWeb.class);
        features.addBinding().to(SearchWeb.class);
        features.addBinding().to(InsightsWeb.class);
        features.addBinding().to(DevelopersWeb.class);
        features.addBinding().to(OpenDataWeb.class);
        features.addBinding().to(HsdsWeb.class);
        features.addBinding().to(FhirWeb.class);
    }

    @Provides
    @Singleton
    OpenDataShelf openDataShelf() {
        return new OpenDataShelf(openData);
    }

    @Provides
    @Singleton
    WebServer webServer(Set<Routes> features, CheckReadiness readiness, Clock clock) {
        return new WebServer(features, readiness::ready, readiness::details,
                new WebSettings(trustForwardedHeaders, clock, stopGrace, drainTime), metrics);
    }
}
