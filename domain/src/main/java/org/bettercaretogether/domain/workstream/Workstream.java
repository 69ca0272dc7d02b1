package org.bettercaretogether.domain.workstream;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One of the three services the review looks at: Women's and Children's Services, Elective Care, and Out of
 * Hospital care. Each looks at how and where care is given, in hospital, in the community, at GP surgeries
 * and at home, and the public's views on it are invited.
 *
 * @param id           stable identity
 * @param slug         its address, as in {@code /workstreams/elective-care}
 * @param name         its public name
 * @param scope        what it looks at
 * @param careSettings where the care it looks at is given; at least one
 * @param lead         the partner that leads it, where known
 * @param involved     the other partners involved in it
 * @param phase        how far it has come
 * @param version      zero before it is stored, then counting up with each change
 */
public record Workstream(WorkstreamId id, Slug slug, String name, String scope, Set<CareSetting> careSettings,
                         Optional<PartnerId> lead, Set<PartnerId> involved, WorkstreamPhase phase, long version) {

    public Workstream {
        Require.present(id, "id");
        Require.present(slug, "slug");
        name = Require.text(name, "name", 200);
        scope = Require.text(scope, "scope", 4_000);
        Require.present(careSettings, "careSettings");
        if (careSettings.isEmpty()) {
            throw new InvalidValueException("careSettings", "must name at least one care setting");
        }
        careSettings = Set.copyOf(careSettings);
        Require.present(lead, "lead");
        involved = Set.copyOf(Require.listOf(Require.present(involved, "involved"), "involved"));
        if (lead.isPresent() && involved.contains(lead.get())) {
            throw new InvalidValueException("involved", "must not repeat the lead partner");
        }
        Require.present(phase, "phase");
        Require.version(version);
    }

    /** The same workstream as stored at {@code storedVersion}. */
    public Workstream withVersion(long storedVersion) {
        return new Workstream(id, slug, name, scope, careSettings, lead, involved, phase, storedVersion);
    }

    /** The care settings in a fixed order: hospital, community, GP surgery, home. */
    public List<CareSetting> careSettingsInOrder() {
        return List.copyOf(EnumSet.copyOf(careSettings));
    }

    /** Every partner taking part, the lead first. */
    public List<PartnerId> allPartners() {
        return Stream.concat(lead.stream(),
                involved.stream().sorted(Comparator.comparing(PartnerId::value))).toList();
    }
}
