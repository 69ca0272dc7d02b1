package org.bettercaretogether.memory.contract;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff and their security: {@link StaffMembers} with {@link PasswordHasher}, {@link StaffSessions}, {@link ApiTokens},
 * {@link SecondFactors}, {@link RateLimits} and the {@link AuditLog}; sessions and tokens past their time go
 * ({@link ExpiredRecords}).
 */
public abstract class StaffContract extends PortContract {

    private static final String SESSION = Secrets.sha256("session token");
    private static final String TOKEN = Secrets.sha256("api token");

    private StaffMember officer;

    @BeforeEach
    void anOfficer() {
        officer = storedStaffMember("officer@example.nhs.uk");
    }

    @Test
    void a_member_of_staff_is_found_by_email_and_their_password_checks_only_with_its_words() {
        StaffMembers staff = port(StaffMembers.class);
        PasswordHasher hasher = port(PasswordHasher.class);

        assertThat(staff.findByEmail(new EmailAddress("officer@example.nhs.uk"))).contains(officer);
        PasswordHash stored = staff.password(officer.id()).orElseThrow();
        assertThat(hasher.matches("correct horse battery staple", stored)).isTrue();
        assertThat(hasher.matches("wrong horse", stored)).isFalse();
        assertThat(staff.findByEmail(new EmailAddress("nobody@example.nhs.uk"))).isEmpty();
    }

    @Test
    void a_session_is_found_by_its_hash_touched_and_removed_once_ended() {
        StaffSessions sessions = port(StaffSessions.class);
        StaffSession session = new StaffSession(SESSION, officer.id(), "csrf-1", MONDAY, MONDAY, at(8 * 60),
                SessionStage.COMPLETE);
        sessions.add(session);

        sessions.touch(SESSION, at(5));
        StaffSession touched = sessions.find(SESSION).orElseThrow();
        int removed = transactions().inTransaction(() -> port(ExpiredRecords.class)
                .removeSessionsEndedBy(at(5 + 31), Duration.ofMinutes(30), 100));

        assertThat(touched.lastSeenAt()).isEqualTo(at(5));
        assertThat(removed).as("sessions idle past their timeout").isEqualTo(1);
        assertThat(sessions.find(SESSION)).isEmpty();
    }

    @Test
    void an_api_token_is_found_by_its_hash_until_revoked() {
        ApiTokens tokens = port(ApiTokens.class);
        ApiToken token = new ApiToken(UUID.randomUUID(), officer.id(), "reports", TOKEN, MONDAY, at(60 * 24),
                Optional.empty());
        tokens.add(token);

        assertThat(tokens.findByHash(TOKEN)).contains(token);
        assertThat(tokens.ownedBy(officer.id())).containsExactly(token);
        assertThat(tokens.revoke(token.id(), at(5))).isTrue();
        assertThat(tokens.find(token.id()).orElseThrow().revokedAt()).contains(at(5));
        assertThat(tokens.revoke(token.id(), at(6))).as("revoked twice").isFalse();
    }

    @Test
    void a_second_factor_accepts_each_step_once() {
        SecondFactors factors = port(SecondFactors.class);
        factors.begin(officer.id(), "JBSWY3DPEHPK3PXP");

        assertThat(factors.find(officer.id())).isPresent();
        assertThat(factors.accept(officer.id(), 1000, at(1))).isTrue();
        assertThat(factors.accept(officer.id(), 1000, at(1))).as("the same step again").isFalse();
    }

    @Test
    void a_rate_limit_admits_up_to_its_capacity_then_refuses() {
        RateLimits limits = port(RateLimits.class);
        Limit twice = new Limit(2, Duration.ofHours(1));

        assertThat(limits.tryConsume("sign-in:192.0.2.1", twice).allowed()).isTrue();
        assertThat(limits.tryConsume("sign-in:192.0.2.1", twice).allowed()).isTrue();
        assertThat(limits.tryConsume("sign-in:192.0.2.1", twice).allowed()).isFalse();
        assertThat(limits.tryConsume("sign-in:192.0.2.2", twice).allowed()).as("another key").isTrue();
    }

    @Test
    void the_audit_log_reads_newest_first() {
        AuditLog log = port(AuditLog.class);
        AuditEntry first = entry("first", at(1));
        AuditEntry second = entry("second", at(2));
        transactions().inTransaction(() -> {
            log.append(first);
            log.append(second);
            return null;
        });

        assertThat(log.newestFirst(Optional.empty(), 10)).extracting(AuditEntry::action)
                .containsSubsequence("second", "first");
    }

    private AuditEntry entry(String action, Instant at) {
        return new AuditEntry(UUID.randomUUID(), at, Optional.of(officer.id()), action, "staff",
                officer.id().toString(), List.of());
    }
}
