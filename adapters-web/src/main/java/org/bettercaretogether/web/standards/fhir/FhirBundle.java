package org.bettercaretogether.web.standards.fhir;

import java.util.List;

/**
 * A FHIR R4 {@code Bundle} of type {@code searchset}: every resource a search matched, with how many there are and
 * the address searched ({@code self}). Addresses in it are absolute, as FHIR requires of {@code fullUrl}.
 */
record FhirBundle(String resourceType, String type, int total, List<Link> link, List<Entry> entry) {

    /** A link of the bundle: {@code self}, the search as it was made. */
    record Link(String relation, String url) {
    }

    /** One resource found, at its full address, found because it matched. */
    record Entry(String fullUrl, FhirResource resource, Search search) {
    }

    /** Why an entry is in the bundle: {@code match}, it is what was searched for. */
    record Search(String mode) {
    }

    /** The searchset of {@code found}, searched at {@code self}, each resource under {@code base} ("https://host/fhir"). */
    static FhirBundle searchset(String base, String self, List<? extends FhirResource> found) {
        return new FhirBundle("Bundle", "searchset", found.size(), List.of(new Link("self", self)),
                found.stream().map(resource -> new Entry(base + "/" + resource.resourceType() + "/" + resource.id(),
                        resource, new Search("match"))).toList());
    }
}
