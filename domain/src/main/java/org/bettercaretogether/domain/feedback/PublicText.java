package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

/**
 * The words of a view as the public may read them: edited by a moderator so that no email address, phone number,
 * full postcode or NHS number is left in them.
 */
public record PublicText(String value) {

    public PublicText {
        value = Require.text(value, "publicText", ViewText.MAX_LENGTH);
        var found = PersonalDetails.findIn(value);
        if (!found.isEmpty()) {
            throw new InvalidValueException("publicText",
                    "still contains " + found.getFirst().kind().description() + "; remove it before publishing");
        }
    }
}
