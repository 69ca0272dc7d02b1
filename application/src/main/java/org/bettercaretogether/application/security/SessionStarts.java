package org.bettercaretogether.application.security;

import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.StaffMember;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts sessions, each with a new token, at the stage the person has reached: the one place that decides whether a
 * session opens the staff side or waits for a second factor. Runs inside the caller's transaction.
 */
final class SessionStarts {

    /** How long a password alone keeps a session waiting for its second factor. */
    static final Duration CODE_AWAITED_FOR = Duration.ofMinutes(5);

    private final StaffSessions sessions;
    private final SecondFactors secondFactors;
    private final AuditTrail audit;
    private final SecurityEvents events;
    private final SecuritySettings settings;
    private final Clock clock;

    SessionStarts(StaffSessions sessions, SecondFactors secondFactors, AuditTrail audit, SecurityEvents events,
                  SecuritySettings settings, Clock clock) {
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** After the password: the code is awaited from anyone who has an authenticator, whatever their roles. */
    SignedIn afterPassword(StaffMember member) {
        if (hasAuthenticator(member)) {
            return start(member, SessionStage.AWAITING_CODE, "staff.password-accepted");
        }
        return start(member, member.needsSecondFactor() ? SessionStage.MUST_ENROL : SessionStage.COMPLETE,
                SecurityEvents.SIGNED_IN);
    }

    /** For someone already signed in (a password change): fully, unless they must still set up a second factor. */
    SignedIn again(StaffMember member, String action) {
        boolean mustEnrol = member.needsSecondFactor() && !hasAuthenticator(member);
        return start(member, mustEnrol ? SessionStage.MUST_ENROL : SessionStage.COMPLETE, action);
    }

    /** Once the second factor is proved: {@code how} says with what, in the audit log. */
    SignedIn complete(StaffMember member, String action, String how) {
        return start(member, SessionStage.COMPLETE, action,
                List.of(new FieldChange("second factor", Optional.empty(), Optional.of(how))));
    }

    private boolean hasAuthenticator(StaffMember member) {
        return secondFactors.find(member.id()).filter(SecondFactors.Authenticator::confirmed).isPresent();
    }

    private SignedIn start(StaffMember member, SessionStage stage, String action) {
        return start(member, stage, action, List.of());
    }

    private SignedIn start(StaffMember member, SessionStage stage, String action, List<FieldChange> changes) {
        Instant now = clock.instant();
        sessions.removeExpired(now);
        String token = Secrets.token("");
        String csrf = Secrets.token("");
        Instant ends = now.plus(stage == SessionStage.AWAITING_CODE ? CODE_AWAITED_FOR : settings.sessionAbsoluteTimeout());
        sessions.add(new StaffSession(Secrets.sha256(token), member.id(), csrf, now, now, ends, stage));
        audit.record(Optional.of(member.id()), action, "staff", member.id().toString(), changes);
        events.record(action, Optional.of(member.id()));
        return new SignedIn(token, csrf, member, stage);
    }
}
