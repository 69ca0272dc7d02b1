package org.bettercaretogether.web.platform;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.bettercaretogether.application.shared.IdempotencyKey;

/**
 * The {@code Idempotency-Key} a public API request that makes something may carry (a view, a registration), and the
 * status of its answer: 201 for the request that made it, 200 with {@code Idempotent-Replayed: true} for a retry
 * answered as that request was. A malformed key is refused (400) by {@link IdempotencyKey}.
 */
public final class IdempotentRequests {

    /** The request header naming a request, and the field a refusal of the key names. */
    public static final String KEY = "Idempotency-Key";
    /** The answer header that tells a retry's answer from the first one. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotentRequests() {
    }

    /** The request's key, if it sent one. */
    public static Optional<IdempotencyKey> key(Context ctx) {
        return Optional.ofNullable(ctx.header(KEY)).map(IdempotencyKey::new);
    }

    /** Sets the status of the answer to a request that made something, or whose retry was answered as it was. */
    public static void answered(Context ctx, boolean replayed) {
        if (replayed) {
            ctx.status(HttpStatus.OK).header(REPLAYED, "true");
        } else {
            ctx.status(HttpStatus.CREATED);
        }
    }
}
