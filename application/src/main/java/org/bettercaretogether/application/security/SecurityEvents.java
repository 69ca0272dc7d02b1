package org.bettercaretogether.application.security;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.Optional;

/**
 * Where security events are reported for operators (a log, a SIEM). An event names what happened and, where
 * known, the staff member's id; never a password, a token, an email address or a name.
 */
public interface SecurityEvents {

    /** A staff member signed in. */
    String SIGNED_IN = "staff.signed-in";
    /** A sign-in with a wrong email or password, or for an account that is not active. */
    String SIGN_IN_FAILED = "sign-in failed";
    /** A sign-in refused unchecked: too many attempts from one network address. */
    String SIGN_IN_REFUSED_FROM_ADDRESS = "sign-in refused: too many attempts from one address";
    /** A sign-in refused unchecked: too many failures for one account. */
    String SIGN_IN_REFUSED_FOR_ACCOUNT = "sign-in refused: account throttled after repeated failures";

    void record(String event, Optional<StaffMemberId> staff);
}
