package org.bettercaretogether.application.security;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;

import java.util.List;

/**
 * Setting up one's own authenticator app: the service makes a secret, the person's app takes it (from a QR code or
 * typed), and the person proves it by entering the code it shows. Then they get ten recovery codes, shown once and
 * kept only as hashes. Required for administrators and moderators before they can use the staff side; anyone else
 * may. Once set up it stays until an administrator resets the person's password, which takes the account back whole.
 */
public interface SetUpSecondFactor {

    /** A secret being set up, and where the person stands. */
    record Enrolment(String secret, String enrolmentUri, boolean alreadySetUp, int recoveryCodesLeft) {

        @Override
        public String toString() {
            return "Enrolment[alreadySetUp=" + alreadySetUp + "]";
        }
    }

    /** Set up, with the recovery codes to show once and the new session that replaces the one that did it. */
    record SetUp(List<String> recoveryCodes, SignedIn signedIn) {

        @Override
        public String toString() {
            return "SetUp[" + signedIn + "]";
        }
    }

    /**
     * The secret to set up: the one already begun and not yet confirmed, or a new one; for someone already set up,
     * no secret (it is never shown again) and how many recovery codes they have left.
     */
    Enrolment begin(Actor actor);

    /** Confirms the secret begun with a code it makes; a wrong code is {@code InvalidInput} on {@code code}. */
    Outcome<SetUp> confirm(Actor actor, String sessionToken, String code);

    /**
     * Ten new recovery codes, shown once, in place of those left (used up, or perhaps seen by someone else). Only for
     * someone whose authenticator is set up; otherwise {@code Conflict}.
     */
    Outcome<List<String>> newRecoveryCodes(Actor actor);
}
