package org.bettercaretogether.domain.feedback;

/**
 * What the person agreed to, each separately and neither assumed: to be contacted about their view, and to have it
 * published (with personal details removed).
 */
public record Consent(boolean toContact, boolean toPublish) {

    public static Consent none() {
        return new Consent(false, false);
    }
}
