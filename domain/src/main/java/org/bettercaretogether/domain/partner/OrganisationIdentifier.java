package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.Require;

/**
 * A partner's code in a public code list. Each scheme has its own format, checked when the code is made, so a
 * malformed code cannot be recorded.
 */
public sealed interface OrganisationIdentifier permits OdsCode, GssCode {

    IdentifierScheme scheme();

    String value();

    /** Makes the identifier of the given scheme, checking that scheme's format. */
    static OrganisationIdentifier of(IdentifierScheme scheme, String value) {
        return switch (Require.present(scheme, "scheme")) {
            case ODS -> new OdsCode(value);
            case GSS -> new GssCode(value);
        };
    }
}
