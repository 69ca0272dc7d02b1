package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

/**
 * An identifier as the programme holds it: the code, and how sure the programme is that the code belongs to
 * this partner (sources sometimes disagree).
 */
public record RecordedIdentifier(OrganisationIdentifier identifier, Provenance provenance) {

    public RecordedIdentifier {
        Require.present(identifier, "identifier");
        Require.present(provenance, "provenance");
    }
}
