package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/**
 * What a person chose beside their answers, neither assumed: whether their free-text answers may be published once a
 * moderator has read them (no unless they say yes), and the email address, if they left one, at which they are told
 * about the consultation they answered. The address is personal data: it is kept apart from the answers, never shown
 * to the public and never written to the logs.
 */
public record ResponseConsent(boolean publishFreeText, Optional<EmailAddress> emailForUpdates) {

    public ResponseConsent {
        Require.present(emailForUpdates, "email");
    }

    /** No consent to publish, and no address. */
    public static ResponseConsent none() {
        return new ResponseConsent(false, Optional.empty());
    }

    @Override
    public String toString() {
        return "ResponseConsent[publishFreeText=" + publishFreeText + ", email "
                + (emailForUpdates.isPresent() ? "given" : "not given") + "]";
    }
}
