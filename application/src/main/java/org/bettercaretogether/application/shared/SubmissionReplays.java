package org.bettercaretogether.application.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answers given to public submissions that carried an idempotency key (views, and registrations for meetings under
 * a key hash of their own), kept for a day so that a retry of the same request gets the same answer instead of
 * creating a second view or registration.
 */
public interface SubmissionReplays {

    Optional<Replay> find(String keyHash);

    /**
     * Records the answer given for a key, unless an answer for it was recorded meanwhile (then answers false, having
     * waited for that other request to finish, and the caller must give that answer instead).
     */
    boolean record(Replay replay);

    /**
     * Records the answers given for several keys, each key at most once in {@code replays}, as {@link #record} would;
     * answers the hashes of the keys recorded here.
     */
    default Set<String> recordAll(List<Replay> replays) {
        return replays.stream().filter(this::record).map(Replay::keyHash).collect(Collectors.toUnmodifiableSet());
    }

    /** Forgets the answers recorded before {@code before}; answers how many. */
    int forgetBefore(Instant before);

    /**
     * One recorded answer.
     *
     * @param keyHash       SHA-256 of the idempotency key
     * @param fingerprint   SHA-256 of the request, to tell a retry from a different request with the same key
     * @param reference     the reference of the view created
     * @param sealedToken the private link's token given in the answer, sealed under the idempotency key
     *                    ({@link SealedTokens}): never kept in clear
     */
    record Replay(String keyHash, String fingerprint, String reference, String sealedToken, Instant at) {
    }
}
