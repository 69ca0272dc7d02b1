package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An NHS Organisation Data Service code: three characters for a trust or commissioner (RTX, 01K), five for
 * one of a trust's sites (RTX01), or a letter and five digits for a GP practice (A81001).
 */
public record OdsCode(String value) implements OrganisationIdentifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{3}|[A-Z0-9]{5}|[A-Z][0-9]{5}");

    public OdsCode {
        value = Require.present(value, "odsCode").strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("odsCode",
                    "must be 3 or 5 letters and digits, or a letter and 5 digits, as the NHS ODS issues them");
        }
    }

    @Override
    public IdentifierScheme scheme() {
        return IdentifierScheme.ODS;
    }
}
