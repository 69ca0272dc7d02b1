package org.bettercaretogether.domain.shared;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, kept in lower case so that one person has one address. It is personal data: its
 * {@link #toString()} does not reveal it, so it cannot slip into a log line by accident; read {@link #value()}
 * where it is truly needed.
 */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = Require.text(value, "email", MAX_LENGTH).toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be an email address, like name@example.nhs.uk");
        }
    }

    @Override
    public String toString() {
        return "EmailAddress[hidden]";
    }
}
