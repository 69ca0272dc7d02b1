package org.bettercaretogether.application.shared;

/**
 * The store holding the programme's records cannot be reached just now (the database is stopped, restarting or cut
 * off), or has no connection free for this work in time: the work was not done, and the same request can be made
 * again in a few seconds. The store's adapter throws it in place of its own failure, so that an inbound adapter
 * answers "unavailable, try again" rather than reporting a fault; the outage itself is reported once, by the store's
 * adapter, not once per request. It carries no stack trace: it is an answer, not a bug report.
 */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException() {
        super("The store of the programme's records cannot be reached just now", null, false, false);
    }
}
