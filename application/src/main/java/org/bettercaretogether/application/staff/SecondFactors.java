package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each member of staff's second factor: the secret their authenticator app shares with the service, and their
 * recovery codes, of which only hashes are kept.
 */
public interface SecondFactors {

    /**
     * An authenticator secret.
     *
     * @param secret      the shared secret, Base32
     * @param confirmedAt when the person proved their app holds it; empty while they are still setting it up
     * @param lastStep    the time step of the last code accepted, so that no code is accepted twice
     */
    record Authenticator(String secret, Optional<Instant> confirmedAt, long lastStep) {

        public boolean confirmed() {
            return confirmedAt.isPresent();
        }

        @Override
        public String toString() {
            return "Authenticator[confirmedAt=" + confirmedAt + "]";
        }
    }

    Optional<Authenticator> find(StaffMemberId staff);

    /** Keeps {@code secret} as the member's secret being set up, replacing one not yet confirmed. */
    void begin(StaffMemberId staff, String secret);

    /**
     * Accepts a code of {@code step}: records it as the last step used (and the secret as confirmed at {@code at})
     * unless a code of this step or a later one was accepted already. Answers whether it was accepted.
     */
    boolean accept(StaffMemberId staff, long step, Instant at);

    /** Replaces the member's recovery codes with the hashes given. */
    void replaceRecoveryCodes(StaffMemberId staff, List<String> codeHashes);

    /** Uses the recovery code whose hash is given, once: answers whether it was an unused code of this member. */
    boolean useRecoveryCode(StaffMemberId staff, String codeHash, Instant at);

    /** How many unused recovery codes the member has. */
    int recoveryCodesLeft(StaffMemberId staff);

    /** Forgets the member's secret and recovery codes: they set up a new one at their next sign-in. */
    void remove(StaffMemberId staff);
}
