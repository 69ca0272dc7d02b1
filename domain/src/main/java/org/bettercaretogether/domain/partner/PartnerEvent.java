package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.shared.Require;

import java.util.Optional;

/**
 * Something that happened to a partner organisation. Organisations are renamed, merge and are abolished; the
 * programme keeps each event, dated as far as it is known, instead of overwriting what it knew before.
 */
public sealed interface PartnerEvent {

    /** When it happened, if known. */
    Optional<ApproximateDate> when();

    /** Where the programme learnt of it. */
    Provenance provenance();

    /** The organisation took a new name; {@code formerName} is the one it had before. */
    record Renamed(Optional<ApproximateDate> when, String formerName, Provenance provenance) implements PartnerEvent {
        public Renamed {
            Require.present(when, "when");
            formerName = Require.text(formerName, "formerName", 200);
            Require.present(provenance, "provenance");
        }
    }

    /** The organisation joined with others into {@code successorName}, and no longer exists on its own. */
    record Merged(Optional<ApproximateDate> when, String successorName, Provenance provenance) implements PartnerEvent {
        public Merged {
            Require.present(when, "when");
            successorName = Require.text(successorName, "successorName", 200);
            Require.present(provenance, "provenance");
        }
    }

    /** The organisation was abolished; its duties passed to others or ended. */
    record Abolished(Optional<ApproximateDate> when, Provenance provenance) implements PartnerEvent {
        public Abolished {
            Require.present(when, "when");
            Require.present(provenance, "provenance");
        }
    }

    /** Whether the organisation no longer exists on its own after this event. */
    default boolean ends() {
        return !(this instanceof Renamed);
    }
}
