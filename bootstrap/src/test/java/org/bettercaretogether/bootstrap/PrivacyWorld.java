package org.bettercaretogether.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.feedback.RespondToFeedback;
import org.bettercaretogether.application.feedback.ShareAView;
import org.bettercaretogether.application.feedback.SubmitFeedback;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.meeting.MeetingDraft;
import org.bettercaretogether.application.meeting.NewRegistration;
import org.bettercaretogether.application.meeting.RegisterForMeeting;
import org.bettercaretogether.application.meeting.ScheduleMeetings;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.core.ApplicationModule;
import org.bettercaretogether.core.MailModule;
import org.bettercaretogether.core.MailSettings;
import org.bettercaretogether.core.PersistenceModule;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.bettercaretogether.web.platform.WebServer;
import org.jooq.DSLContext;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The service on a database of its own, wired as {@link RunningService} wires it (Guice, PostgreSQL, the mail-drop
 * folder, the web server once asked) but on a clock the test moves, holding the reference data and one administrator;
 * with the steps a person and the staff take, through the use cases, to leave personal data behind. Closing it stops
 * the web server and drops the database.
 */
final class PrivacyWorld implements AutoCloseable {

    final MovableClock clock;
    final Path mailDrop;
    private final TestDatabase database;
    private final Injector injector;
    final DSLContext sql;
    /** The administrator's email address, and the password to replace at their first sign-in. */
    static final String ADMIN_EMAIL = "ada.admin@example.nhs.uk";
    final Actor admin;
    final String adminOneTimePassword;
    private WebServer web;

    PrivacyWorld(Path dataDirectory, Instant start, RetentionSettings retention) {
        clock = new MovableClock(start);
        database = TestDatabases.createMigrated("privacy");
        MailSettings mail = MailSettings.mailDropIn(dataDirectory);
        mailDrop = mail.mailDrop();
        injector = Guice.createInjector(Stage.PRODUCTION,
                new ApplicationModule(clock, SecuritySettings.defaults(),
                        new FeedbackSettings(FeedbackSettings.defaults().responseTargetWorkingDays(),
                                retention.answersForRetries()), retention, new SimpleMeterRegistry()),
                new PersistenceModule(database.dataSource(), Duration.ZERO), new MailModule(mail),
                new WebModule(Configuration.embedded(0, dataDirectory)));
        sql = Jooq.dslContext(database.dataSource());
        get(LoadReferenceData.class).load();
        AccountWithPassword account = get(CreateAdministrator.class).create(new EmailAddress(ADMIN_EMAIL),
                "Ada Admin", get(BrowseDirectory.class).partners().getFirst().id()).orElseThrow();
        admin = Actor.of(account.member());
        adminOneTimePassword = account.oneTimePassword();
    }

    /** The database, for a test that acts as another instance of the service would. */
    DataSource dataSource() {
        return database.dataSource();
    }

    /** Starts the web server, as the service does, on a free port; answers the port. */
    int serveTheWeb() {
        web = get(WebServer.class).start(0);
        return web.port();
    }

    /** A use case or port of the application. */
    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** A view about the programme, online, from a person who gave these details (any may be null) and agreed to all. */
    FeedbackReference give(String words, String name, String email, String phone) {
        return give(words, name, email, phone, Optional.empty());
    }

    /** As {@link #give(String, String, String, String)}, sent with an idempotency key. */
    FeedbackReference give(String words, String name, String email, String phone, Optional<IdempotencyKey> key) {
        ContactDetails contact = new ContactDetails(Optional.ofNullable(name),
                Optional.ofNullable(email).map(EmailAddress::new), Optional.ofNullable(phone).map(PhoneNumber::new));
        return get(SubmitFeedback.class).submit(new ShareAView(ViewAbout.programme(), ContributorRole.PATIENT,
                new ViewText(words), contact, new Consent(true, true), Optional.empty()), key).orElseThrow()
                .reference();
    }

    /** The view as stored now. */
    Feedback view(FeedbackReference reference) {
        return get(FeedbackLog.class).findByReference(reference).orElseThrow();
    }

    /** Closes the view now, without an answer. */
    void close(FeedbackReference reference) {
        Feedback view = view(reference);
        get(RespondToFeedback.class).close(admin, view.id(), view.version(), Optional.of("Nothing to answer"))
                .orElseThrow();
    }

    /** A meeting in Kendal, online, from {@code start} for two hours (UK time), with room for {@code places}. */
    MeetingId meeting(LocalDateTime start, int places) {
        return get(ScheduleMeetings.class).schedule(admin, new MeetingDraft(Optional.of(new Slug("kendal")),
                        Optional.empty(), "Kendal listening event", "Hear what Kendal thinks.", start, start.plusHours(2),
                        Optional.empty(), Optional.of(URI.create("https://meet.example.org/kendal")), places))
                .orElseThrow().meeting().meeting().id();
    }

    /** Today's date in the UK, {@code days} from now, at {@code hour} o'clock. */
    LocalDateTime ukTimeIn(int days, int hour) {
        return LocalDateTime.ofInstant(clock.instant(), UkTime.ZONE).toLocalDate().plusDays(days).atTime(hour, 0);
    }

    /** Registers for a meeting with one place; answers the private cancel token. */
    String register(MeetingId meeting, String name, String email, String accessNeeds) {
        return get(RegisterForMeeting.class).register(meeting, new NewRegistration(name, new EmailAddress(email), 1,
                Optional.ofNullable(accessNeeds))).orElseThrow().cancelToken();
    }

    @Override
    public void close() {
        try {
            if (web != null) {
                web.stop();
            }
        } finally {
            database.close();
        }
    }
}
