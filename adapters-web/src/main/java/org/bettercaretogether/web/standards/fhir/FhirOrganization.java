package org.bettercaretogether.web.standards.fhir;

import java.util.List;
import org.bettercaretogether.web.standards.fhir.FhirTypes.CodeableConcept;
import org.bettercaretogether.web.standards.fhir.FhirTypes.ContactPoint;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Identifier;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Reference;

/**
 * A FHIR R4 {@code Organization}: a partner (with its codes in public code lists, its website, and whether it still
 * exists on its own), a clinical network, or a community ({@code partOf} its network).
 */
record FhirOrganization(String resourceType, String id, List<Identifier> identifier, boolean active,
                        List<CodeableConcept> type, String name, List<String> alias, List<ContactPoint> telecom,
                        Reference partOf) implements FhirResource {

    static final String TYPE = "Organization";

    FhirOrganization {
        identifier = identifier.isEmpty() ? null : List.copyOf(identifier);
        alias = alias.isEmpty() ? null : List.copyOf(alias);
        telecom = telecom.isEmpty() ? null : List.copyOf(telecom);
    }
}
