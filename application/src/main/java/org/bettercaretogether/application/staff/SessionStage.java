package org.bettercaretogether.application.staff;

/**
 * How far a session has come through signing in. A password alone opens a session that can do one thing: prove the
 * second factor, or set one up when the person's roles require it and they have none yet.
 */
public enum SessionStage {
    /** The password was right; the session waits for a code from the person's authenticator app or a recovery code. */
    AWAITING_CODE,
    /** Signed in, but the person's roles need a second factor and they have none: they must set one up first. */
    MUST_ENROL,
    /** Signed in fully. */
    COMPLETE
}
