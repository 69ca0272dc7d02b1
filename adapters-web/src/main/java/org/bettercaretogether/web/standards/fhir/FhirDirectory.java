package org.bettercaretogether.web.standards.fhir;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.OrganisationIdentifier;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.web.standards.CoveredPlace;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Address;
import org.bettercaretogether.web.standards.fhir.FhirTypes.CodeableConcept;
import org.bettercaretogether.web.standards.fhir.FhirTypes.ContactPoint;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Identifier;
import org.bettercaretogether.web.standards.fhir.FhirTypes.Reference;

/**
 * The directory as FHIR R4 resources: the partners, the networks and the communities as organizations, in that
 * order and each by name, and each community's towns and postcode districts as locations. Made on each request from
 * the directory's kept answers, which cost nothing to read while the data is unchanged.
 */
record FhirDirectory(List<FhirOrganization> organizations, List<FhirLocation> locations) {

    /** Where NHS England's FHIR profiles say an organisation's ODS code is kept. */
    static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
    /** The Office for National Statistics' URIs for GSS codes, such as a county council's area. */
    static final String GSS_SYSTEM = "http://statistics.data.gov.uk/id/statistical-geography";

    private static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    private static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    static FhirDirectory of(BrowseDirectory directory) {
        List<FhirOrganization> organizations = new ArrayList<>();
        directory.partners().forEach(partner -> organizations.add(organization(partner)));
        directory.networks().stream().map(NetworkProfile::network)
                .forEach(network -> organizations.add(organization(network)));
        List<FhirLocation> locations = new ArrayList<>();
        for (CommunityProfile profile : directory.communities()) {
            organizations.add(organization(profile));
            CoveredPlace.of(profile.community()).forEach(place -> locations.add(location(place)));
        }
        return new FhirDirectory(List.copyOf(organizations), List.copyOf(locations));
    }

    private static FhirOrganization organization(Partner partner) {
        List<Identifier> identifiers = partner.identifiers().stream()
                .map(recorded -> identifier(recorded.identifier())).toList();
        return new FhirOrganization(FhirOrganization.TYPE, partner.id().toString(), identifiers, partner.isActive(),
                List.of(type(partner.kind())), partner.name(), partner.formerNames(),
                partner.website().map(URI::toString).map(site -> List.of(new ContactPoint("url", site)))
                        .orElse(List.of()), null);
    }

    private static Identifier identifier(OrganisationIdentifier code) {
        return switch (code.scheme()) {
            case ODS -> new Identifier(ODS_SYSTEM, code.value());
            case GSS -> new Identifier(GSS_SYSTEM, code.value());
        };
    }

    /** FHIR's kind of organization: NHS bodies give care, councils govern, commissioners pay for care. */
    private static CodeableConcept type(PartnerKind kind) {
        return switch (kind) {
            case LOCAL_AUTHORITY -> organizationType("govt", "Government", kind.description());
            case CLINICAL_COMMISSIONING_GROUP -> organizationType("pay", "Payer", kind.description());
            default -> organizationType("prov", "Healthcare Provider", kind.description());
        };
    }

    private static FhirOrganization organization(ClinicalNetwork network) {
        return new FhirOrganization(FhirOrganization.TYPE, network.id().toString(), List.of(), true,
                List.of(organizationType("other", "Other", "Clinical network")), network.name() + " clinical network",
                List.of(), List.of(), null);
    }

    private static FhirOrganization organization(CommunityProfile profile) {
        IntegratedCareCommunity community = profile.community();
        return new FhirOrganization(FhirOrganization.TYPE, community.id().toString(), List.of(), true,
                List.of(organizationType("team", "Organizational team", "Integrated Care Community")),
                community.name() + " Integrated Care Community", List.of(community.name() + " ICC"), List.of(),
                new Reference(FhirOrganization.TYPE + "/" + profile.network().id(),
                        profile.network().name() + " clinical network"));
    }

    private static FhirLocation location(CoveredPlace place) {
        IntegratedCareCommunity community = place.community();
        Address address = switch (place.kind()) {
            case TOWN -> new Address(place.name(), null, "GB");
            case POSTCODE_DISTRICT -> new Address(null, place.name(), "GB");
        };
        return new FhirLocation(FhirLocation.TYPE, place.id().toString(), "active", place.title(),
                place.description(), "instance", CodeableConcept.of(PHYSICAL_TYPE, "area", "Area", null), address,
                new Reference(FhirOrganization.TYPE + "/" + community.id(),
                        community.name() + " Integrated Care Community"));
    }

    private static CodeableConcept organizationType(String code, String display, String text) {
        return CodeableConcept.of(ORGANIZATION_TYPE, code, display, text);
    }
}
