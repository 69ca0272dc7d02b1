package org.bettercaretogether.web.standards.hsds;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.web.standards.CoveredPlace;
import org.bettercaretogether.web.standards.DerivedIds;

/**
 * The directory as HSDS records: the partners, the networks and the communities as organizations, in that order and
 * each by name, one service for each community, then the listed community projects as services of their
 * communities ({@link HsdsProjects}). Made on each request from the directory's kept answers, which
 * cost nothing to read while the data is unchanged.
 *
 * @param organizations every organization, as read on its own
 * @param services      every service, as read on its own
 */
record HsdsDirectory(List<HsdsOrganization> organizations, List<HsdsService> services) {

    /** The directory as HSDS records, with the public pages linked under {@code origin} ("https://host"). */
    static HsdsDirectory of(BrowseDirectory directory, BrowseProjects projects, String origin) {
        List<HsdsService> projectServices = HsdsProjects.services(projects, origin);
        List<HsdsOrganization> organizations = new ArrayList<>();
        directory.partners().forEach(partner -> organizations.add(organization(partner)));
        directory.networks().stream().map(NetworkProfile::network)
                .forEach(network -> organizations.add(organization(network)));
        List<HsdsService> services = new ArrayList<>();
        for (CommunityProfile profile : directory.communities()) {
            HsdsService service = service(profile, origin);
            List<HsdsService> given = new ArrayList<>(List.of(service));
            projectServices.stream().filter(project -> project.organizationId()
                    .equals(profile.community().id().toString())).forEach(given::add);
            services.add(service);
            organizations.add(organization(profile).withServices(given));
        }
        services.addAll(projectServices);
        return new HsdsDirectory(List.copyOf(organizations), List.copyOf(services));
    }

    private static HsdsOrganization organization(Partner partner) {
        String id = partner.id().toString();
        List<HsdsOrganization.Identifier> identifiers = partner.identifiers().stream()
                .map(recorded -> identifier(partner, recorded)).toList();
        return new HsdsOrganization(id, partner.name(), null, partner.kind().description() + ". " + partner.role(),
                partner.website().map(URI::toString).orElse(null), null, identifiers, List.of());
    }

    private static HsdsOrganization.Identifier identifier(Partner partner, RecordedIdentifier recorded) {
        var code = recorded.identifier();
        return new HsdsOrganization.Identifier(DerivedIds.of("identifier", partner.id().value(),
                code.scheme().name() + ":" + code.value()).toString(),
                partner.id().toString(), code.scheme().description(), code.value());
    }

    private static HsdsOrganization organization(ClinicalNetwork network) {
        return new HsdsOrganization(network.id().toString(), network.name() + " clinical network", null,
                "A clinical network of neighbouring Integrated Care Communities, whose professionals work across them. "
                        + network.description(), null, null, List.of(), List.of());
    }

    private static HsdsOrganization organization(CommunityProfile profile) {
        IntegratedCareCommunity community = profile.community();
        return new HsdsOrganization(community.id().toString(), community.name() + " Integrated Care Community",
                community.name() + " ICC", "One of the local Integrated Care Communities of Morecambe Bay, in the "
                        + profile.network().name() + " clinical network, where GPs, community nurses, social workers, "
                        + "therapists and others work as one team with priorities chosen for the people who live there.",
                null, community.network().toString(), List.of(), List.of());
    }

    private static HsdsService service(CommunityProfile profile, String origin) {
        IntegratedCareCommunity community = profile.community();
        String id = DerivedIds.of("service", community.id().value(), "integrated care").toString();
        List<CoveredPlace> places = CoveredPlace.of(community);
        List<HsdsService.Area> areas = places.stream().map(place -> new HsdsService.Area(
                DerivedIds.of("service area", place.id(), "").toString(), id, place.title(), place.description()))
                .toList();
        List<HsdsService.AtLocation> locations = places.stream().map(place -> new HsdsService.AtLocation(
                DerivedIds.of("service at location", place.id(), "").toString(), id, place.id().toString(),
                new HsdsService.Location(place.id().toString(), "physical", community.id().toString(),
                        place.title(), place.description()))).toList();
        return new HsdsService(id, community.id().toString(), "Integrated care in " + community.name(),
                "Joined-up care from GPs, community nurses, social workers, therapists and others working as one "
                        + "team for the people of " + String.join(", ", community.coverage().towns()) + ".",
                origin + "/communities/" + community.slug(), HsdsService.ACTIVE, areas, locations, null,
                organization(profile).listed());
    }
}
