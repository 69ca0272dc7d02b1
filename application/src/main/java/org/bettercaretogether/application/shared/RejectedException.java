package org.bettercaretogether.application.shared;

/**
 * Carries a {@link Rejection} out of a caller that prefers exceptions, so an adapter can turn it into an answer
 * in one place. It carries no stack trace: it is an answer, not a fault.
 */
public final class RejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
