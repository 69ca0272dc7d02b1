package org.bettercaretogether.web.standards.fhir;

import org.bettercaretogether.web.standards.fhir.FhirTypes.Address;
import org.bettercaretogether.web.standards.fhir.FhirTypes.CodeableConcept;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Reference;

/**
 * A FHIR R4 {@code Location}: a town or postcode district a community serves, an area managed by the community's
 * {@code Organization}.
 */
record FhirLocation(String resourceType, String id, String status, String name, String description, String mode,
                    CodeableConcept physicalType, Address address, Reference managingOrganization)
        implements FhirResource {

    static final String TYPE = "Location";
}
