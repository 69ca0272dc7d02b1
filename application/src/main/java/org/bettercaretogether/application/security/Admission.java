package org.bettercaretogether.application.security;

import java.time.Duration;

/** Whether an action is within its limit; if not, how long until it would be. */
public record Admission(boolean allowed, Duration retryAfter) {

    public static Admission allow() {
        return new Admission(true, Duration.ZERO);
    }

    public static Admission refuse(Duration retryAfter) {
        return new Admission(false, retryAfter);
    }
}
