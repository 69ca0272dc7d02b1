package org.bettercaretogether.web.consultation;

import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;

import java.util.Optional;

/**
 * A new version of a consultation as the staff API and the staff page take it: the version of the consultation read
 * and the address of the new one ({@code {"version": 3, "slug": "maternity-review-2"}}).
 */
public record NewVersionBody(Long version, String slug) {

    long version(FieldChecks checks) {
        return checks.version(ConsultationStep.VERSION, version, "consultation");
    }

    /** The new version's address; empty, with the problem recorded, when none or a malformed one is given. */
    Optional<Slug> address(FieldChecks checks) {
        return ConsultationBody.address(checks, slug);
    }
}
