package org.bettercaretogether.web.standards.fhir;

import java.util.List;

/**
 * The FHIR R4 data types the directory's resources are made of, as JSON: each a record whose members are named as
 * FHIR names them, absent ones left out.
 */
final class FhirTypes {

    private FhirTypes() {
    }

    /** A code in a public code list, under the list's {@code system} URI. */
    record Identifier(String system, String value) {
    }

    /** A code from a code system, with its words. */
    record Coding(String system, String code, String display) {
    }

    /** A concept: its codes and its words. */
    record CodeableConcept(List<Coding> coding, String text) {

        static CodeableConcept of(String system, String code, String display, String text) {
            return new CodeableConcept(List.of(new Coding(system, code, display)), text);
        }
    }

    /** A link to another resource, relative to the service's FHIR base ({@code Organization/<id>}). */
    record Reference(String reference, String display) {
    }

    /** A way to reach an organization: here, its website ({@code url}). */
    record ContactPoint(String system, String value) {
    }

    /** Where a place is, as far as a town or postcode district can say. */
    record Address(String city, String postalCode, String country) {
    }
}
