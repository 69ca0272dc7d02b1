package org.bettercaretogether.web.directory;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.network.ClinicalNetwork;

/**
 * An Integrated Care Community as the public sees it: its network, the towns and postcode districts it
 * serves, its population and its development stage. {@code population} and {@code stage} are absent when not
 * recorded.
 *
 * <p>Communities are drawn around GP practices, not postcodes, so the towns and districts are a guide:
 * {@code coverage.approximate} says so whenever the coverage has not been checked against a programme source.
 *
 * <p>Finding a community for a place ({@link PlaceMatchesJson}) answers communities in the same shape.
 */
public record CommunityDetails(String id, String slug, String name, NetworkDetails.Summary network, List<String> towns,
                            List<String> postcodeDistricts, Coverage coverage, Population population, Stage stage,
                            Links links) {

    static final String API = "/api/v1/communities";
    static final String PAGES = "/communities";

    /** Where the towns and districts come from; {@code approximate} while unconfirmed. */
    public record Coverage(boolean approximate, String source, boolean verified) {
    }

    /** How many people the community serves, what was counted and where the figure comes from. */
    public record Population(int people, String basis, String source, boolean verified) {
    }

    /** How far the community has come in bringing its services together, and since when. */
    public record Stage(String stage, String description, LocalDate reachedOn) {
    }

    /** A community named from elsewhere, such as its network. */
    public record Summary(String slug, String name, Links links) {
    }

    /** The community of {@code profile}, in the shape every answer about a community takes. */
    public static CommunityDetails of(CommunityProfile profile) {
        IntegratedCareCommunity community = profile.community();
        ClinicalNetwork network = profile.network();
        var coverage = community.coverage();
        return new CommunityDetails(community.id().toString(), community.slug().value(), community.name(),
                network == null ? null : NetworkDetails.summary(network),
                coverage.towns(), coverage.districts().stream().map(PostcodeDistrict::value).toList(),
                new Coverage(!coverage.provenance().verified(), coverage.provenance().source(),
                        coverage.provenance().verified()),
                community.population().map(p -> new Population(p.people(), p.basis(), p.provenance().source(),
                        p.provenance().verified())).orElse(null),
                community.stage().map(s -> new Stage(s.stage().name(), s.stage().description(), s.reachedOn()))
                        .orElse(null),
                links(community));
    }

    static Summary summary(IntegratedCareCommunity community) {
        return new Summary(community.slug().value(), community.name(), links(community));
    }

    private static Links links(IntegratedCareCommunity community) {
        return new Links(API + "/" + community.slug(), PAGES + "/" + community.slug());
    }
}
