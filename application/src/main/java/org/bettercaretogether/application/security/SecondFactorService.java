package org.bettercaretogether.application.security;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The second factor: setting up an authenticator app, and proving it (or a recovery code) at sign-in. Wrong codes
 * count against the account as wrong passwords do, and are audited; a code's time step is recorded when it is
 * accepted, so a code seen over someone's shoulder cannot be used again.
 */
public final class SecondFactorService implements ProveSecondFactor, SetUpSecondFactor {

    static final String ISSUER = "Better Care Together";
    static final String WRONG_CODE = "Enter the 6-digit code your authenticator app shows now, or a recovery code";
    static final int RECOVERY_CODES = 10;
    /** 16 characters from 31 that cannot be mistaken for one another: about 79 bits, beyond guessing from a hash. */
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int RECOVERY_CODE_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Transactions transactions;
    private final StaffMembers staff;
    private final StaffSessions sessions;
    private final SecondFactors secondFactors;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final SecurityEvents events;
    private final SecuritySettings settings;
    private final SessionStarts starts;
    private final Clock clock;

    @Inject
    public SecondFactorService(Transactions transactions, StaffMembers staff, StaffSessions sessions,
                               SecondFactors secondFactors, RateLimits limits, AuditTrail audit, SecurityEvents events,
                               SecuritySettings settings, Clock clock) {
        this.transactions = transactions;
        this.staff = staff;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.limits = limits;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.starts = new SessionStarts(sessions, secondFactors, audit, events, settings, clock);
    }

    @Override
    public Outcome<SignedIn> prove(String sessionToken, String code) {
        Instant now = clock.instant();
        String hash = Secrets.sha256(sessionToken == null ? "" : sessionToken);
        var waiting = sessions.find(hash).filter(session -> session.stage() == SessionStage.AWAITING_CODE
                && now.isBefore(session.expiresAt()));
        if (waiting.isEmpty()) {
            return Outcome.rejected(new Rejection.NotSignedIn("Sign in again: the code was not entered in time."));
        }
        StaffMemberId id = waiting.get().staff();
        String accountKey = "second-factor:account:" + Secrets.sha256(id.toString());
        Admission admitted = limits.check(accountKey, settings.failedSignInsPerAccount());
        if (!admitted.allowed()) {
            events.record(SecurityEvents.SIGN_IN_REFUSED_FOR_ACCOUNT, Optional.of(id));
            return Outcome.rejected(new Rejection.Throttled(admitted.retryAfter()));
        }
        return transactions.inTransaction(() -> {
            Optional<StaffMember> member = staff.find(id).filter(StaffMember::active);
            Optional<String> how = member.flatMap(found -> accepted(found.id(), code, now));
            if (how.isEmpty()) {
                limits.tryConsume(accountKey, settings.failedSignInsPerAccount());
                audit.record(Optional.of(id), "staff.second-factor-failed", "staff", id.toString(), List.of());
                events.record("second factor failed", Optional.of(id));
                return Outcome.<SignedIn>rejected(Rejection.InvalidInput.of("code", WRONG_CODE));
            }
            sessions.remove(hash);
            return Outcome.done(starts.complete(member.get(), SecurityEvents.SIGNED_IN, how.get()));
        });
    }

    /** How the code proved the second factor (for the audit log), if it did. */
    private Optional<String> accepted(StaffMemberId id, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (typed.matches("[0-9]{" + TimeBasedCodes.DIGITS + "}")) {
            return authenticatorAccepts(id, typed, now, true) ? Optional.of("authenticator app") : Optional.empty();
        }
        if (typed.length() == RECOVERY_CODE_LENGTH && secondFactors.useRecoveryCode(id, Secrets.sha256(typed), now)) {
            return Optional.of("recovery code");
        }
        return Optional.empty();
    }

    /** Whether {@code code} is the authenticator's for this step or one either side, and not used before. */
    private boolean authenticatorAccepts(StaffMemberId id, String code, Instant now, boolean mustBeConfirmed) {
        Optional<SecondFactors.Authenticator> authenticator = secondFactors.find(id)
                .filter(found -> found.confirmed() == mustBeConfirmed);
        if (authenticator.isEmpty()) {
            return false;
        }
        byte[] secret = TimeBasedCodes.fromBase32(authenticator.get().secret());
        long current = TimeBasedCodes.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > authenticator.get().lastStep() && Secrets.sameSecret(TimeBasedCodes.code(secret, step), code)) {
                return secondFactors.accept(id, step, now);
            }
        }
        return false;
    }

    @Override
    public Enrolment begin(Actor actor) {
        return transactions.inTransaction(() -> {
            StaffMember member = staff.find(actor.id()).orElseThrow();
            Optional<SecondFactors.Authenticator> existing = secondFactors.find(actor.id());
            if (existing.filter(SecondFactors.Authenticator::confirmed).isPresent()) {
                // Replaced only by an administrator's password reset, which takes the account back whole.
                return new Enrolment("", "", true, secondFactors.recoveryCodesLeft(actor.id()));
            }
            String secret = existing.map(SecondFactors.Authenticator::secret)
                    .orElseGet(() -> TimeBasedCodes.base32(TimeBasedCodes.newSecret()));
            if (existing.isEmpty()) {
                secondFactors.begin(actor.id(), secret);
            }
            return new Enrolment(secret,
                    TimeBasedCodes.enrolmentUri(ISSUER, member.email().value(), TimeBasedCodes.fromBase32(secret)),
                    false, 0);
        });
    }

    @Override
    public Outcome<SetUp> confirm(Actor actor, String sessionToken, String code) {
        Instant now = clock.instant();
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        return transactions.inTransaction(() -> {
            if (!typed.matches("[0-9]{" + TimeBasedCodes.DIGITS + "}")
                    || !authenticatorAccepts(actor.id(), typed, now, false)) {
                audit.record(Optional.of(actor.id()), "staff.second-factor-failed", "staff", actor.id().toString(),
                        List.of());
                return Outcome.<SetUp>rejected(Rejection.InvalidInput.of("code",
                        "Enter the 6-digit code your authenticator app shows now"));
            }
            List<String> codes = replaceRecoveryCodes(actor);
            sessions.remove(Secrets.sha256(sessionToken == null ? "" : sessionToken));
            StaffMember member = staff.find(actor.id()).orElseThrow();
            SignedIn signedIn = starts.complete(member, "staff.second-factor-set-up", "authenticator app");
            return Outcome.done(new SetUp(codes, signedIn));
        });
    }

    @Override
    public Outcome<List<String>> newRecoveryCodes(Actor actor) {
        return transactions.inTransaction(() -> {
            if (secondFactors.find(actor.id()).filter(SecondFactors.Authenticator::confirmed).isEmpty()) {
                return Outcome.<List<String>>rejected(new Rejection.Conflict(
                        "Set up your authenticator app first: recovery codes come with it."));
            }
            List<String> codes = replaceRecoveryCodes(actor);
            audit.record(Optional.of(actor.id()), "staff.recovery-codes-replaced", "staff", actor.id().toString(),
                    List.of());
            return Outcome.done(codes);
        });
    }

    /** New recovery codes in place of the old: their hashes kept, the codes themselves answered to show once. */
    private List<String> replaceRecoveryCodes(Actor actor) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        secondFactors.replaceRecoveryCodes(actor.id(), codes.stream().map(Secrets::sha256).toList());
        return codes.stream().map(SecondFactorService::grouped).toList();
    }

    private static String recoveryCode() {
        char[] code = new char[RECOVERY_CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)];
        }
        return new String(code);
    }

    /** {@code abcd-efgh-jkmn-pqrs}: easier to copy by hand; the dashes are ignored when it is typed back. */
    private static String grouped(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }
}
