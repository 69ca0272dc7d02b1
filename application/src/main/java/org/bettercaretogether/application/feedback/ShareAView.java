package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/** A view as a person gives it: what about, in what capacity, the words, how to reach them, what they agree to. */
public record ShareAView(ViewAbout about, ContributorRole role, ViewText text, ContactDetails contact, Consent consent,
                         Optional<PostcodeDistrict> postcodeDistrict) {

    public ShareAView {
        Require.present(about, "about");
        Require.present(role, "role");
        Require.present(text, "text");
        Require.present(contact, "contact");
        Require.present(consent, "consent");
        Require.present(postcodeDistrict, "postcodeDistrict");
    }

    /** The request's content as one stable string, so that a retry can be told from a different request. */
    String fingerprint() {
        return String.join("\u001f", about.kind().key(), about.slug().map(Object::toString).orElse(""), role.name(),
                text.value(), contact.name().orElse(""), contact.email().map(e -> e.value()).orElse(""),
                contact.phone().map(p -> p.value()).orElse(""), String.valueOf(consent.toContact()),
                String.valueOf(consent.toPublish()), postcodeDistrict.map(Object::toString).orElse(""));
    }
}
