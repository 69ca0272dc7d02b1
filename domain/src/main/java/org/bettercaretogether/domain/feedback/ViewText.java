package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.shared.Require;

/**
 * The words of a view as the person gave them: 1 to 5,000 characters once spaces at either end are trimmed. The
 * original may hold personal details, so it is shown to staff only and its {@link #toString()} hides it.
 */
public record ViewText(String value) {

    public static final int MAX_LENGTH = 5_000;

    public ViewText {
        value = Require.text(value, "text", MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "ViewText[" + value.length() + " characters]";
    }
}
