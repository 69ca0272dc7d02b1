package org.bettercaretogether.application.feedback;

/**
 * A new view's reference is already another view's. References are drawn at random from 31⁸ (about 850 billion), so
 * among a million views one in a million new ones meets a taken reference: rare, but certain over years of views.
 * Nothing was stored; the caller draws the reference again.
 */
public final class ReferenceTakenException extends RuntimeException {

    public ReferenceTakenException() {
        super("a new view's reference is already another view's", null, false, false);
    }
}
