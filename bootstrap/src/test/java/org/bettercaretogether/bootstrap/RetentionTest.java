package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.meeting.Registrations;
import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.privacy.RetentionRun;
import org.bettercaretogether.application.privacy.RetentionService;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.OneRunAtATime;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.mail.MailDropSender;
import org.bettercaretogether.mail.MailDropSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.jooq.Tables.SUBMISSION_REPLAY;

/**
 * Each rule of the retention on PostgreSQL, with the service wired as it runs and a clock the test moves: what has been
 * kept exactly as long as the privacy notice says is still there, a moment later it is gone, and nothing else goes
 * with it; one instance at a time removes; the audit log says how many of each kind went, and nothing of what they
 * held.
 */
class RetentionTest {

    private static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
    private static final Duration MOMENT = Duration.ofSeconds(1);
    private static final RetentionSettings KEPT = RetentionSettings.defaults();

    @TempDir
    Path dataDirectory;

    private PrivacyWorld world;
    private ApplyRetention retention;

    @BeforeEach
    void aWorld() {
        world = new PrivacyWorld(dataDirectory, START, KEPT);
        retention = world.get(ApplyRetention.class);
    }

    @AfterEach
    void dropIt() {
        world.close();
    }

    @Test
    void a_closed_view_keeps_its_contact_details_for_a_year_after_it_closed_then_loses_them_and_nothing_else() {
        FeedbackReference closed = world.give("The bus is late.", "Jo Bloggs", "jo.bloggs@example.org",
                "01539 123456");
        FeedbackReference open = world.give("The clinic is far.", "Sam Jones", "sam.jones@example.org", "01229 654321");
        FeedbackReference anonymous = world.give("Parking costs too much.", null, null, null);
        world.close(closed);
        world.close(anonymous);
        Instant closedAt = world.clock.instant();
        world.clock.advance(Duration.ofDays(1));
        FeedbackReference closedADayLater = world.give("The ward was clean.", "Al Smith", "al.smith@example.org", null);
        world.close(closedADayLater);
        long anonymousVersion = world.view(anonymous).version();

        world.clock.advance(KEPT.viewContactDetails().minus(Duration.ofDays(1)));
        RetentionRun aYearOn = retention.applyAll();
        boolean keptAYearOn = world.view(closed).contact().email().isPresent();
        world.clock.advance(MOMENT);
        RetentionRun aMomentLater = retention.applyAll();

        assertThat(world.clock.instant()).isEqualTo(closedAt.plus(KEPT.viewContactDetails()).plus(MOMENT));
        assertThat(aYearOn.viewContactDetails()).isZero();
        assertThat(keptAYearOn).isTrue();
        assertThat(aMomentLater.viewContactDetails()).isOne();
        Feedback forgotten = world.view(closed);
        assertThat(forgotten.contact().isEmpty()).isTrue();
        assertThat(forgotten.wantsToBeTold()).isFalse();
        assertThat(forgotten.text().orElseThrow().value()).isEqualTo("The bus is late.");
        assertThat(forgotten.erasedAt()).isEmpty();
        assertThat(forgotten.history().getLast()).isEqualTo(new Transition(world.clock.instant(), Optional.empty(),
                Transition.Kind.CONTACT_REMOVED, ""));
        assertThat(world.view(open).contact().email()).contains(new EmailAddress("sam.jones@example.org"));
        assertThat(world.view(closedADayLater).contact().name()).contains("Al Smith");
        assertThat(world.view(anonymous).version()).as("a closed view without contact details is left as it was")
                .isEqualTo(anonymousVersion);
        assertThat(retentionEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEmpty();
            assertThat(entry.changes()).containsExactly(new FieldChange("view contact details removed",
                    Optional.empty(), Optional.of("1")));
        });
    }

    @Test
    void a_meeting_s_registrations_go_thirty_days_after_it_ends_and_a_later_meeting_s_stay() {
        MeetingId over = world.meeting(world.ukTimeIn(1, 18), 1);
        MeetingId later = world.meeting(world.ukTimeIn(3, 18), 10);
        world.register(over, "Jo Bloggs", "jo.bloggs@example.org", "A hearing loop, please");
        world.register(over, "Sam Jones", "sam.jones@example.org", null);
        world.register(later, "Jo Bloggs", "jo.bloggs@example.org", null);
        Instant overEnds = world.get(Meetings.class).find(over).orElseThrow().endsAt();
        Registrations registrations = world.get(Registrations.class);

        world.clock.advance(Duration.between(world.clock.instant(), overEnds.plus(KEPT.registrations())));
        RetentionRun thirtyDaysOn = retention.applyAll();
        int keptThirtyDaysOn = registrations.of(over).size();
        world.clock.advance(MOMENT);
        RetentionRun aMomentLater = retention.applyAll();

        assertThat(thirtyDaysOn.registrations()).isZero();
        assertThat(keptThirtyDaysOn).as("the one with a place and the one waiting").isEqualTo(2);
        assertThat(aMomentLater.registrations()).isEqualTo(2);
        assertThat(registrations.of(over)).isEmpty();
        assertThat(registrations.of(later)).extracting(Registration::name).containsExactly("Jo Bloggs");
        assertThat(world.get(Meetings.class).find(over)).as("the meeting itself stays").isPresent();
    }

    @Test
    void mail_given_up_on_goes_thirty_days_later_and_mail_still_waiting_stays_however_old() {
        Outbox outbox = world.get(Outbox.class);
        EmailAddress jo = new EmailAddress("jo.bloggs@example.org");
        Instant now = world.clock.instant();
        OutgoingMail givenUp = OutgoingMail.write(jo, "Your view was received", "Thank you.", now.minusSeconds(2));
        OutgoingMail givenUpLater = OutgoingMail.write(jo, "Your view was published", "It is online.",
                now.minusSeconds(1));
        OutgoingMail waiting = OutgoingMail.write(jo, "Your view was answered", "Read the answer.", now);
        outbox.addAll(List.of(givenUp, givenUpLater, waiting));
        outbox.giveUp(givenUp.id(), 8, world.clock.instant(), "550 no such mailbox");
        world.clock.advance(Duration.ofDays(1));
        outbox.giveUp(givenUpLater.id(), 8, world.clock.instant(), "550 no such mailbox");

        world.clock.advance(KEPT.undeliveredMail().minus(Duration.ofDays(1)));
        RetentionRun thirtyDaysOn = retention.applyAll();
        world.clock.advance(MOMENT);
        RetentionRun aMomentLater = retention.applyAll();

        assertThat(thirtyDaysOn.undeliveredMail()).isZero();
        assertThat(aMomentLater.undeliveredMail()).isOne();
        assertThat(outbox.heldFor(jo)).extracting(held -> held.mail().id())
                .containsExactly(givenUpLater.id(), waiting.id());
        assertThat(outbox.heldFor(jo)).filteredOn(held -> held.givenUpAt().isEmpty())
                .extracting(HeldMail::mail).containsExactly(waiting);
    }

    @Test
    void a_copy_in_the_mail_drop_folder_goes_thirty_days_after_it_was_written() throws IOException {
        Path written = writtenBySender();
        Path thirtyDaysOld = stamped(written, START.minus(KEPT.mailDropFiles()));
        Path older = stamped(written, START.minus(KEPT.mailDropFiles()).minus(MOMENT));
        Path newer = stamped(written, START.minus(Duration.ofDays(29)));
        Files.delete(written);

        RetentionRun run = retention.applyAll();

        assertThat(run.mailDropFiles()).isOne();
        assertThat(older).doesNotExist();
        assertThat(thirtyDaysOld).exists();
        assertThat(newer).exists();
    }

    @Test
    void the_answer_kept_for_a_retry_goes_a_day_after_it_was_given() {
        world.give("Sent with a key.", null, null, null, Optional.of(new IdempotencyKey("first-key")));
        world.clock.advance(Duration.ofHours(1));
        world.give("Sent with another key.", null, null, null, Optional.of(new IdempotencyKey("second-key")));

        world.clock.advance(KEPT.answersForRetries().minus(Duration.ofHours(1)));
        RetentionRun aDayOn = retention.applyAll();
        world.clock.advance(MOMENT);
        RetentionRun aMomentLater = retention.applyAll();

        assertThat(aDayOn.answersForRetries()).isZero();
        assertThat(aMomentLater.answersForRetries()).isOne();
        assertThat(world.sql.fetchCount(SUBMISSION_REPLAY)).isOne();
    }

    @Test
    void a_staff_session_goes_once_past_its_end_or_unused_for_the_idle_timeout_and_a_live_one_stays() {
        StaffSessions sessions = world.get(StaffSessions.class);
        Instant now = world.clock.instant();
        Duration idle = SecuritySettings.defaults().sessionIdleTimeout();
        sessions.add(session("past its end", now.minus(Duration.ofHours(13)), now.minus(Duration.ofMinutes(1)), now));
        sessions.add(session("idle", now.minus(Duration.ofHours(1)), now.minus(idle), now.plus(Duration.ofHours(11))));
        sessions.add(session("live", now.minus(Duration.ofHours(1)), now.minus(idle).plus(MOMENT),
                now.plus(Duration.ofHours(11))));

        RetentionRun run = retention.applyAll();

        assertThat(run.staffSessions()).isEqualTo(2);
        assertThat(sessions.find(Secrets.sha256("live"))).isPresent();
        assertThat(sessions.find(Secrets.sha256("idle"))).isEmpty();
        assertThat(sessions.find(Secrets.sha256("past its end"))).isEmpty();
    }

    @Test
    void an_api_token_goes_thirty_days_after_it_expired_or_was_revoked_and_one_still_in_use_stays() {
        ApiTokens tokens = world.get(ApiTokens.class);
        Instant now = world.clock.instant();
        Duration kept = KEPT.endedApiTokens();
        ApiToken expiredLonger = token(now.minus(Duration.ofDays(100)), now.minus(kept).minus(MOMENT), null);
        ApiToken expiredThirtyDaysAgo = token(now.minus(Duration.ofDays(100)), now.minus(kept), null);
        ApiToken revokedLonger = token(now.minus(Duration.ofDays(40)), now.plus(Duration.ofDays(50)),
                now.minus(kept).minus(MOMENT));
        ApiToken live = token(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(89)), null);
        Stream.of(expiredLonger, expiredThirtyDaysAgo, revokedLonger, live).forEach(tokens::add);

        RetentionRun run = retention.applyAll();

        assertThat(run.apiTokens()).isEqualTo(2);
        assertThat(tokens.ownedBy(world.admin.id())).extracting(ApiToken::id)
                .containsExactlyInAnyOrder(expiredThirtyDaysAgo.id(), live.id());
    }

    @Test
    void while_another_instance_holds_the_retention_this_one_removes_nothing_and_then_all_once_it_is_free()
            throws Exception {
        world.give("Sent with a key.", null, null, null, Optional.of(new IdempotencyKey("a-key")));
        world.clock.advance(KEPT.answersForRetries().plus(MOMENT));

        RetentionRun meanwhile;
        try (Connection otherInstance = world.dataSource().getConnection();
             Statement claim = otherInstance.createStatement()) {
            otherInstance.setAutoCommit(false);
            claim.execute("select pg_advisory_xact_lock(hashtextextended('" + RetentionService.WORK + "', 0))");
            meanwhile = retention.applyAll();
            otherInstance.rollback();
        }
        RetentionRun once = retention.applyAll();

        assertThat(meanwhile.ran()).isFalse();
        assertThat(meanwhile.total()).isZero();
        assertThat(once.ran()).isTrue();
        assertThat(once.answersForRetries()).isOne();
        assertThat(world.sql.fetchCount(SUBMISSION_REPLAY)).isZero();
    }

    @Test
    void more_than_a_run_removes_goes_in_runs_one_after_another_each_audited_by_its_counts_alone() {
        RetentionService inTwos = new RetentionService(world.get(Transactions.class), world.get(OneRunAtATime.class),
                world.get(ExpiredRecords.class), world.get(SentMailCopies.class), world.get(AuditTrail.class), KEPT,
                SecuritySettings.defaults(), world.clock, 2);
        for (int view = 1; view <= 5; view++) {
            world.give("View " + view + " from jo.bloggs@example.org's neighbour.", "Jo Bloggs",
                    "jo.bloggs@example.org", null, Optional.of(new IdempotencyKey("key-" + view)));
        }
        world.clock.advance(KEPT.answersForRetries().plus(MOMENT));

        RetentionRun run = inTwos.applyAll();

        assertThat(run.answersForRetries()).isEqualTo(5);
        assertThat(world.sql.fetchCount(SUBMISSION_REPLAY)).isZero();
        List<AuditEntry> entries = retentionEntries();
        assertThat(entries).extracting(entry -> entry.changes().getFirst().after().orElseThrow())
                .containsExactlyInAnyOrder("2", "2", "1");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.recordType()).isEqualTo("retention");
            assertThat(entry.changes()).allSatisfy(change -> {
                assertThat(change.before()).isEmpty();
                assertThat(change.after().orElseThrow()).matches("[0-9]+");
            });
            assertThat(entry.toString()).doesNotContain("jo.bloggs", "Jo Bloggs", "neighbour");
        });
        assertThat(inTwos.applyAll().total()).as("nothing left, and nothing audited for it").isZero();
        assertThat(retentionEntries()).hasSize(3);
    }

    private List<AuditEntry> retentionEntries() {
        return world.get(AuditLog.class).newestFirst(Optional.empty(), 100).stream()
                .filter(entry -> entry.action().equals("retention.applied")).toList();
    }

    private StaffSession session(String token, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
        return new StaffSession(Secrets.sha256(token), world.admin.id(), "csrf-" + UUID.randomUUID(), createdAt,
                lastSeenAt, expiresAt, SessionStage.COMPLETE);
    }

    private ApiToken token(Instant createdAt, Instant expiresAt, Instant revokedAt) {
        return new ApiToken(UUID.randomUUID(), world.admin.id(), "reporting script",
                Secrets.sha256(UUID.randomUUID().toString()), createdAt, expiresAt, Optional.ofNullable(revokedAt));
    }

    /** A message as the mail-drop sender writes it, to be copied under other names. */
    private Path writtenBySender() throws IOException {
        new MailDropSender(new MailDropSettings(world.mailDrop)).send(new EmailAddress("jo.bloggs@example.org"),
                "Your view was received", "Thank you.");
        try (Stream<Path> files = Files.list(world.mailDrop)) {
            return files.findFirst().orElseThrow();
        }
    }

    /** A copy of {@code message} named as the mail-drop sender names a message written at {@code at}. */
    private static Path stamped(Path message, Instant at) throws IOException {
        String stamp = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC).format(at);
        return Files.copy(message, message.resolveSibling(stamp + "-" + UUID.randomUUID() + ".eml"));
    }
}
