package org.bettercaretogether.domain.vanguard;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The programme itself: a "vanguard" of the national new care models, in which the health and care
 * organisations of one area work as one to keep its population well. There is one vanguard per installation.
 *
 * @param name               the programme's public name
 * @param area               the area it serves
 * @param aim                what it sets out to achieve, in a sentence
 * @param tripleAim          the outcomes it pursues together
 * @param populationServed   how many people live in the area it serves
 * @param populationSource   where that figure comes from
 * @param version            zero before it is stored, then counting up with each change
 */
public record Vanguard(String name, String area, String aim, Set<TripleAimDimension> tripleAim,
                       int populationServed, Provenance populationSource, long version) {

    public Vanguard {
        name = Require.text(name, "name", 200);
        area = Require.text(area, "area", 200);
        aim = Require.text(aim, "aim", 2_000);
        Require.present(tripleAim, "tripleAim");
        tripleAim = tripleAim.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tripleAim));
        Require.positive(populationServed, "populationServed");
        Require.present(populationSource, "populationSource");
        Require.version(version);
    }

    /** The same vanguard as stored at {@code storedVersion}. */
    public Vanguard withVersion(long storedVersion) {
        return new Vanguard(name, area, aim, tripleAim, populationServed, populationSource, storedVersion);
    }

    /** The triple aim in the order the programme states it. */
    public List<TripleAimDimension> tripleAimInOrder() {
        return tripleAim.stream().sorted().toList();
    }
}
