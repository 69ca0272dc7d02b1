package org.bettercaretogether.web.standards.fhir;

/** A FHIR resource the directory is written as: its type and its id make its address, {@code <type>/<id>}. */
sealed interface FhirResource permits FhirOrganization, FhirLocation {

    String resourceType();

    String id();
}
