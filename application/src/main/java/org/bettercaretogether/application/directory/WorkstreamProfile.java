package org.bettercaretogether.application.directory;

import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.workstream.Workstream;

import java.util.List;
import java.util.Optional;

/** A workstream with its lead partner and the other partners involved, by name. */
public record WorkstreamProfile(Workstream workstream, Optional<Partner> lead, List<Partner> involved) {

    public WorkstreamProfile {
        involved = List.copyOf(involved);
    }
}
