package org.bettercaretogether.web.standards.hsds;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An HSDS organization: a partner, a clinical network or a community. A community's parent is its network. In a list
 * it carries its own fields only; read on its own, also its identifiers in public code lists and its services. Absent
 * members are left out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record HsdsOrganization(String id, String name, String alternateName, String description, String website,
                        String parentOrganizationId, List<Identifier> organizationIdentifiers,
                        List<HsdsService> services) {

    /** A code the organization has in a public code list, such as its NHS ODS code. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Identifier(String id, String organizationId, String identifierType, String identifier) {
    }

    /** The same organization giving {@code service}, as a list shows it. */
    HsdsOrganization withService(HsdsService service) {
        return withServices(List.of(service));
    }

    /** The organization with {@code given}, the services it gives, each as a list shows it. */
    HsdsOrganization withServices(List<HsdsService> given) {
        return new HsdsOrganization(id, name, alternateName, description, website, parentOrganizationId,
                organizationIdentifiers, given.stream().map(HsdsService::listed).toList());
    }

    /** The organization as a list shows it: its own fields, without the records that belong to it. */
    HsdsOrganization listed() {
        return new HsdsOrganization(id, name, alternateName, description, website, parentOrganizationId, null, null);
    }
}
