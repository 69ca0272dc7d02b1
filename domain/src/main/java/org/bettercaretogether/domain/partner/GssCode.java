package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Government Statistical Service code: the letter of the nation (E, W, S, N or K) and eight digits, the
 * first two of which name the kind of area (E10 is an English county).
 */
public record GssCode(String value) implements OrganisationIdentifier {

    private static final Pattern FORMAT = Pattern.compile("[EWSNK][0-9]{8}");

    public GssCode {
        value = Require.present(value, "gssCode").strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("gssCode", "must be E, W, S, N or K followed by 8 digits");
        }
    }

    @Override
    public IdentifierScheme scheme() {
        return IdentifierScheme.GSS;
    }
}
