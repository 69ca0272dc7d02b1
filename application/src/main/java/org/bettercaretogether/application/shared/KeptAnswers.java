package org.bettercaretogether.application.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The answers kept for retries of public requests that carried an idempotency key (a registration for a meeting), each
 * for as long as a view's answer is kept, so that a retry is answered as the first request was and makes nothing
 * twice. An answer past its time is not given again: it is forgotten, with every other past its time, and its key may
 * be used anew. Both methods join the caller's transaction.
 */
public final class KeptAnswers {

    private final SubmissionReplays replays;
    private final Duration keptFor;
    private final Clock clock;

    public KeptAnswers(SubmissionReplays replays, Duration keptFor, Clock clock) {
        if (keptFor.isNegative() || keptFor.isZero()) {
            throw new IllegalArgumentException("answers must be kept for a positive time");
        }
        this.replays = replays;
        this.keptFor = keptFor;
        this.clock = clock;
    }

    /** The answer kept for a key (by its hash), unless there is none or it is past its time. */
    public Optional<SubmissionReplays.Replay> earlier(String keyHash) {
        Optional<SubmissionReplays.Replay> found = replays.find(keyHash);
        Instant oldestKept = clock.instant().minus(keptFor);
        if (found.isPresent() && found.get().at().isBefore(oldestKept)) {
            replays.forgetBefore(oldestKept);
            return Optional.empty();
        }
        return found;
    }

    /**
     * Claims a key with the answer about to be given; false when another request claimed it meanwhile (having waited
     * for that request's transaction to end), and then that request's answer is to be given, found by {@link #earlier}.
     */
    public boolean claim(SubmissionReplays.Replay answer) {
        return replays.record(answer);
    }

    /**
     * The private token of the first answer given for a key, for a retry that sends the same request
     * ({@code fingerprint}) with the same key; refused as invalid input if the request differs, and as a conflict if
     * the token cannot be opened with the key. {@code what} names what was made, as in "a new registration".
     */
    public static Outcome<String> firstToken(SubmissionReplays.Replay earlier, IdempotencyKey key, String fingerprint,
                                             String what) {
        if (!Secrets.sameSecret(earlier.fingerprint(), fingerprint)) {
            return Outcome.rejected(Rejection.InvalidInput.of("Idempotency-Key",
                    "was already used for a different request; use a new key for a new " + what));
        }
        return SealedTokens.open(earlier.sealedToken(), key.value()).<Outcome<String>>map(Outcome::done)
                .orElseGet(() -> Outcome.rejected(new Rejection.Conflict("This " + what + " was already received; "
                        + "its private link was given in the first answer and cannot be given again.")));
    }
}
