package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Integrated Care Community (ICC): one local area of Morecambe Bay in which GPs, community nurses, social
 * workers, therapists and others work as one team, with priorities chosen for the people who live there. The
 * care is consistent across the Bay; the priorities are local.
 *
 * @param id         stable identity, kept if the community is renamed
 * @param slug       its address, as in {@code /communities/kendal}
 * @param name       its public name
 * @param network    the clinical network it belongs to
 * @param coverage   the towns and postcode districts it serves
 * @param population how many people it serves, where known
 * @param stage      the development stage it has reached, where known
 * @param version    zero before it is stored, then counting up with each change
 */
public record IntegratedCareCommunity(CommunityId id, Slug slug, String name, NetworkId network, Coverage coverage,
                                      Optional<Population> population, Optional<StageReached> stage, long version) {

    public IntegratedCareCommunity {
        Require.present(id, "id");
        Require.present(slug, "slug");
        name = Require.text(name, "name", 200);
        Require.present(network, "network");
        Require.present(coverage, "coverage");
        Require.present(population, "population");
        Require.present(stage, "stage");
        Require.version(version);
    }

    /** The same community as stored at {@code storedVersion}. */
    public IntegratedCareCommunity withVersion(long storedVersion) {
        return new IntegratedCareCommunity(id, slug, name, network, coverage, population, stage, storedVersion);
    }

    /** Whether a person who typed {@code query} lives in, or asked for, this community. */
    public boolean serves(PlaceQuery query) {
        return switch (query) {
            case PlaceQuery.District district -> coverage.districts().contains(district.district());
            case PlaceQuery.FullPostcode postcode -> coverage.districts().contains(postcode.postcode().district());
            case PlaceQuery.Town town -> Stream.concat(Stream.of(name), coverage.towns().stream()).anyMatch(town::names);
        };
    }

    /** This community once it has reached {@code reached}; a stage cannot be dated before the one it follows. */
    public IntegratedCareCommunity reaching(StageReached reached) {
        Require.present(reached, "stage");
        stage.ifPresent(current -> {
            if (reached.reachedOn().isBefore(current.reachedOn())) {
                throw new InvalidValueException("stageReachedOn", "must not be before the date of the current stage");
            }
        });
        return new IntegratedCareCommunity(id, slug, name, network, coverage, population, Optional.of(reached), version);
    }
}
