package org.bettercaretogether.application.partner;

import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;

import java.util.List;
import java.util.Optional;

/** Every partner organisation the programme knows. */
public interface Partners {

    /** All partners, by name. */
    List<Partner> all();

    Optional<Partner> find(PartnerId id);

    /** Stores a partner that was never stored before; it comes back at version 1. */
    Partner add(Partner partner);

    /**
     * Stores a change to a partner if nobody changed it since {@code partner.version()} was read; it comes
     * back one version on. Empty if the partner changed meanwhile or does not exist.
     */
    Optional<Partner> update(Partner partner);
}
