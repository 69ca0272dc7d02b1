package org.bettercaretogether.memory.testing;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.InMemoryMailbox;
import org.bettercaretogether.memory.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world of a community's life for scenario tests: the whole application in memory with the Morecambe Bay
 * reference data, on a clock that stands at Thursday 1 October 2026, 09:00 UTC (10:00 in the UK, summer time) until
 * a test moves it, and staff who may and may not keep priorities, teams, communities and meetings.
 */
public final class CommunityLifeWorld {

    public static final Instant THURSDAY_1_OCTOBER_2026 = Instant.parse("2026-10-01T09:00:00Z");

    public final MovableClock clock;
    public final InMemoryApplication app;
    public final Actor officer = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.ENGAGEMENT_OFFICER);
    public final Actor admin = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.ADMIN);
    public final Actor moderator = staff(MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Role.MODERATOR, Role.RESPONDER);

    public CommunityLifeWorld() {
        this(THURSDAY_1_OCTOBER_2026);
    }

    public CommunityLifeWorld(Instant start) {
        this.clock = new MovableClock(start);
        this.app = new InMemoryApplication(clock);
        app.loadReferenceData().load();
    }

    public static Actor staff(PartnerId partner, Role... roles) {
        return new Actor(StaffMemberId.random(), partner, Set.of(roles));
    }

    public static Slug slug(String value) {
        return new Slug(value);
    }

    /** Today in the UK. */
    public LocalDate today() {
        return UkTime.dayOf(clock.instant());
    }

    public void advance(Duration by) {
        clock.advance(by);
    }

    /** Moves the clock on to {@code instant}, which must not be before now. */
    public void moveTo(Instant instant) {
        Duration by = Duration.between(clock.instant(), instant);
        assertThat(by.isNegative()).as("the clock only moves forward").isFalse();
        clock.advance(by);
    }

    /** The audit entries with {@code action}, newest first. */
    public List<AuditEntry> audited(String action) {
        return app.security().auditLog().newestFirst(Optional.empty(), 1_000).stream()
                .filter(entry -> entry.action().equals(action)).toList();
    }

    /** Hands every message due to the test mailbox. */
    public void deliverMail() {
        app.deliverMail().deliverDue(500);
    }

    /** The subjects of the messages delivered to {@code address}, in the order sent. */
    public List<String> subjectsSentTo(String address) {
        return app.mailbox().sentTo(address).stream().map(InMemoryMailbox.Sent::subject).toList();
    }

    /** The rejection of an outcome that must have been rejected. */
    public static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }

    /** The fields named by an outcome that must have been refused as invalid input. */
    public static List<String> invalidFields(Outcome<?> outcome) {
        Rejection rejection = rejection(outcome);
        assertThat(rejection).isInstanceOf(Rejection.InvalidInput.class);
        return ((Rejection.InvalidInput) rejection).problems().stream().map(FieldProblem::field).toList();
    }

    /** The problems of an outcome that must have been refused as invalid input. */
    public static List<FieldProblem> problems(Outcome<?> outcome) {
        Rejection rejection = rejection(outcome);
        assertThat(rejection).isInstanceOf(Rejection.InvalidInput.class);
        return ((Rejection.InvalidInput) rejection).problems();
    }
}
