package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;

/** A community's change of name and address, from the day it took effect. The old address keeps leading to it. */
public record Renaming(String fromName, Slug fromSlug, String toName, Slug toSlug, LocalDate effectiveOn) {

    public Renaming {
        fromName = Require.text(fromName, "fromName", 200);
        Require.present(fromSlug, "fromSlug");
        toName = Require.text(toName, "name", 200);
        Require.present(toSlug, "slug");
        Require.present(effectiveOn, "effectiveOn");
        if (fromName.equals(toName) && fromSlug.equals(toSlug)) {
            throw new InvalidValueException("name", "must differ from the current name or address");
        }
    }
}
