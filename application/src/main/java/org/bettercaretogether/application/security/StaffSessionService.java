package org.bettercaretogether.application.security;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.PasswordHasher;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs staff in and out, and says who is behind a session or an API token. Failures are throttled per network
 * address and per account, recorded in the audit log and reported as security events, without the email
 * address or password that were tried. A right password opens a session that waits for the second factor when the
 * person has one ({@link SecondFactorService} finishes it). The use of an API token is audited once an hour per
 * token, not at every request.
 */
public final class StaffSessionService implements SignIn, Authenticate, SignOut, ChangePassword {

    static final String WRONG_CREDENTIALS = "Enter a correct email address and password";
    /** How stale a session's last-seen time may be before it is written again: one write a minute, not a request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** How often the use of one API token is written to the audit log: enough to see it used, not every request. */
    static final Duration TOKEN_USE_RECORDED_EVERY = Duration.ofHours(1);
    /** The most tokens whose last recorded use this node remembers; past it, it starts again with none. */
    private static final int MOST_TOKEN_USES_REMEMBERED = 10_000;

    private final Transactions transactions;
    /**
     * When this node last recorded each token's use (or found it recorded): until an hour has passed, a request with
     * the token is served without a trip to the database to ask again.
     */
    private final Map<UUID, Instant> tokenUseRecorded = new ConcurrentHashMap<>();
    private final StaffMembers staff;
    private final StaffSessions sessions;
    private final ApiTokens tokens;
    private final PasswordHasher hasher;
    private final RateLimits limits;
    private final AuditTrail audit;
    private final SecurityEvents events;
    private final SecuritySettings settings;
    private final Clock clock;
    /**
     * Checked against when no account matches, so an unknown address costs as much time as a wrong password. Made at
     * the first sign-in rather than at start-up: a slow hash is a noticeable part of starting the service.
     */
    private volatile PasswordHash decoy;
    private final PasswordCheckTurns checkTurns;
    private final SessionStarts starts;

    @Inject
    public StaffSessionService(Transactions transactions, StaffMembers staff, StaffSessions sessions, ApiTokens tokens,
                               SecondFactors secondFactors, PasswordHasher hasher, RateLimits limits, AuditTrail audit,
                               SecurityEvents events, SecuritySettings settings, Clock clock) {
        this(transactions, staff, sessions, tokens, secondFactors, hasher, limits, audit, events, settings, clock,
                PasswordCheckTurns.forThisMachine());
    }

    StaffSessionService(Transactions transactions, StaffMembers staff, StaffSessions sessions, ApiTokens tokens,
                        SecondFactors secondFactors, PasswordHasher hasher, RateLimits limits, AuditTrail audit,
                        SecurityEvents events, SecuritySettings settings, Clock clock, PasswordCheckTurns checkTurns) {
        this.checkTurns = checkTurns;
        this.starts = new SessionStarts(sessions, secondFactors, audit, events, settings, clock);
        this.transactions = transactions;
        this.staff = staff;
        this.sessions = sessions;
        this.tokens = tokens;
        this.hasher = hasher;
        this.limits = limits;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    private PasswordHash decoy() {
        PasswordHash made = decoy;
        if (made == null) {
            made = hasher.hash(Secrets.token("decoy-"));
            decoy = made;
        }
        return made;
    }

    @Override
    public Outcome<SignedIn> signIn(String email, String password, String source) {
        Admission fromSource = limits.tryConsume("sign-in:source:" + Secrets.sha256(ClientNetwork.of(source)),
                settings.signInsPerSource());
        if (!fromSource.allowed()) {
            events.record(SecurityEvents.SIGN_IN_REFUSED_FROM_ADDRESS, Optional.empty());
            return Outcome.rejected(new Rejection.Throttled(fromSource.retryAfter()));
        }
        EmailAddress address;
        try {
            address = new EmailAddress(email == null ? "" : email);
        } catch (InvalidValueException malformed) {
            return Outcome.rejected(new Rejection.NotSignedIn(WRONG_CREDENTIALS));
        }
        String accountKey = "sign-in:account:" + Secrets.sha256(address.value());
        Admission forAccount = limits.check(accountKey, settings.failedSignInsPerAccount());
        if (!forAccount.allowed()) {
            events.record(SecurityEvents.SIGN_IN_REFUSED_FOR_ACCOUNT, Optional.empty());
            return Outcome.rejected(new Rejection.Throttled(forAccount.retryAfter()));
        }
        Optional<StaffMember> member = staff.findByEmail(address);
        Optional<Boolean> checked = checkTurns.inTurn(() -> {
            PasswordHash decoy = decoy(); // made by the first attempt, whether or not its account exists
            PasswordHash stored = member.flatMap(found -> staff.password(found.id())).orElse(decoy);
            return hasher.matches(password == null ? "" : password, stored);
        });
        if (checked.isEmpty()) {
            return Outcome.rejected(new Rejection.Throttled(PasswordCheckTurns.LONGEST_WAIT));
        }
        boolean passwordMatches = checked.get();
        if (member.isEmpty() || !passwordMatches || !member.get().active()) {
            limits.tryConsume(accountKey, settings.failedSignInsPerAccount());
            Optional<StaffMemberId> who = member.map(StaffMember::id);
            transactions.inTransaction(() -> {
                audit.record(who, "staff.sign-in-failed", "staff", who.map(Object::toString).orElse("unknown"), List.of());
                return null;
            });
            events.record(SecurityEvents.SIGN_IN_FAILED, who);
            return Outcome.rejected(new Rejection.NotSignedIn(WRONG_CREDENTIALS));
        }
        return Outcome.done(transactions.inTransaction(() -> starts.afterPassword(member.get())));
    }

    @Override
    public Optional<SignedInStaff> session(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Secrets.sha256(sessionToken);
        return sessions.find(hash)
                .filter(session -> now.isBefore(session.expiresAt())
                        && now.isBefore(session.lastSeenAt().plus(settings.sessionIdleTimeout())))
                .flatMap(session -> staff.find(session.staff()).filter(StaffMember::active).map(member -> {
                    if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
                        sessions.touch(hash, now);
                    }
                    return new SignedInStaff(member, session.csrfToken(), session.stage());
                }));
    }

    @Override
    public Optional<Actor> apiToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> usable = tokens.findByHash(Secrets.sha256(token)).filter(found -> found.usableAt(now));
        Optional<Actor> actor = usable.flatMap(found -> staff.find(found.owner())).filter(StaffMember::active)
                .map(Actor::of);
        actor.filter(owner -> useToRecord(usable.get().id(), now)).ifPresent(owner -> transactions.inTransaction(() -> {
            // Marked in the same statement that decides, so two nodes never both record the same hour's use.
            if (tokens.markUsed(usable.get().id(), now, now.minus(TOKEN_USE_RECORDED_EVERY))) {
                audit.record(Optional.of(owner.id()), "api-token.used", "api-token", usable.get().id().toString(),
                        List.of());
            }
            return null;
        }));
        return actor;
    }

    /**
     * Whether to ask the database to record this use of a token: not when this node recorded one (or found one
     * recorded) within the hour. Then the database decides, so another node's recent record is found there.
     */
    private boolean useToRecord(UUID token, Instant now) {
        Instant recorded = tokenUseRecorded.get(token);
        if (recorded != null && now.isBefore(recorded.plus(TOKEN_USE_RECORDED_EVERY)) && !now.isBefore(recorded)) {
            return false;
        }
        if (tokenUseRecorded.size() >= MOST_TOKEN_USES_REMEMBERED) {
            tokenUseRecorded.clear();
        }
        tokenUseRecorded.put(token, now);
        return true;
    }

    @Override
    public void signOut(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return;
        }
        String hash = Secrets.sha256(sessionToken);
        transactions.inTransaction(() -> {
            sessions.find(hash).ifPresent(session -> {
                sessions.remove(hash);
                audit.record(Optional.of(session.staff()), "staff.signed-out", "staff", session.staff().toString(), List.of());
                events.record("signed out", Optional.of(session.staff()));
            });
            return null;
        });
    }

    @Override
    public Outcome<SignedIn> change(Actor actor, String currentPassword, String newPassword) {
        Optional<PasswordHash> stored = staff.password(actor.id());
        if (stored.isEmpty() || !hasher.matches(currentPassword == null ? "" : currentPassword, stored.get())) {
            return Outcome.rejected(Rejection.InvalidInput.of("currentPassword", "Enter your current password correctly"));
        }
        Optional<Rejection> weak = PasswordRules.problem("newPassword", newPassword);
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        if (newPassword.equals(currentPassword)) {
            return Outcome.rejected(Rejection.InvalidInput.of("newPassword", "must differ from your current password"));
        }
        PasswordHash replacement = hasher.hash(newPassword);
        return transactions.inTransaction(() -> {
            StaffMember member = staff.find(actor.id()).orElseThrow();
            staff.changePassword(member.id(), replacement);
            StaffMember updated = member.mustChangePassword()
                    ? staff.update(member.withPasswordToChange(false)).orElseThrow()
                    : member;
            sessions.removeAllOf(member.id());
            // Whoever learnt the old password may have made tokens with it: they go with it.
            int revoked = tokens.revokeAllOf(member.id(), clock.instant());
            SignedIn signedIn = starts.again(updated, "staff.password-changed");
            if (revoked > 0) {
                audit.record(Optional.of(member.id()), "api-token.revoked-all", "staff", member.id().toString(),
                        ApiTokens.revokedCount(revoked));
            }
            return Outcome.done(signedIn);
        });
    }
}
