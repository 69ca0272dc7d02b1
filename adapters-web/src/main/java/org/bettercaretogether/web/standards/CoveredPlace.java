package org.bettercaretogether.web.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.community.PostcodeDistrict;

/**
 * A town or postcode district that a community serves, as a place in its own right: HSDS and FHIR both describe
 * places by id. The programme keeps them as names in the community's coverage, so the id is made from the community
 * and the name ({@link #idOf}): the same place of the same community has the same id in every answer and on every
 * node, and a town two communities share is a place of each.
 *
 * @param id        the place's id, the same in HSDS and FHIR
 * @param kind      a town, or a postcode district
 * @param name      the town's name, or the district ("LA9")
 * @param community the community that serves it
 */
public record CoveredPlace(UUID id, Kind kind, String name, IntegratedCareCommunity community) {

    /** What sort of place it is. */
    public enum Kind {
        TOWN, POSTCODE_DISTRICT
    }

    /** The towns the community serves, then its postcode districts, each as the community lists them. */
    public static List<CoveredPlace> of(IntegratedCareCommunity community) {
        List<CoveredPlace> places = new ArrayList<>();
        for (String town : community.coverage().towns()) {
            places.add(new CoveredPlace(idOf(community, Kind.TOWN, town), Kind.TOWN, town, community));
        }
        for (PostcodeDistrict district : community.coverage().districts()) {
            places.add(new CoveredPlace(idOf(community, Kind.POSTCODE_DISTRICT, district.value()),
                    Kind.POSTCODE_DISTRICT, district.value(), community));
        }
        return List.copyOf(places);
    }

    /** What the place is, in a sentence: "Kendal, a town served by the Kendal Integrated Care Community." */
    public String description() {
        String served = "served by the " + community.name() + " Integrated Care Community.";
        return switch (kind) {
            case TOWN -> name + ", a town " + served;
            case POSTCODE_DISTRICT -> "The " + name + " postcode district, " + served;
        };
    }

    /** The name a list shows: the town, or "LA9 postcode district". */
    public String title() {
        return kind == Kind.TOWN ? name : name + " postcode district";
    }

    private static UUID idOf(IntegratedCareCommunity community, Kind kind, String name) {
        return DerivedIds.of(kind.name(), community.id().value(), name);
    }
}
