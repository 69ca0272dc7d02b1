package org.bettercaretogether.application.security;

/**
 * Counters of recent actions, shared by every node of the service, that say whether one more is allowed.
 * Keys never hold personal data: callers pass a hash of an email address or of a network address.
 */
public interface RateLimits {

    /** Counts one action against {@code key} if it is within {@code limit}. */
    Admission tryConsume(String key, Limit limit);

    /** Whether one more action against {@code key} would be within {@code limit}, without counting it. */
    Admission check(String key, Limit limit);
}
