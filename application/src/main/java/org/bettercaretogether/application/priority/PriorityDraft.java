package org.bettercaretogether.application.priority;

import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;

import java.util.Optional;
import java.util.Set;

/** A priority as staff describe it (its rank and status are set apart). */
public record PriorityDraft(String title, String description, Set<TripleAimDimension> serves, String rationale,
                            Optional<ThemeId> theme, PartnerId owner) {

    public PriorityDraft {
        title = Require.text(title, "title", 200);
        description = Require.text(description, "description", 5_000);
        serves = Set.copyOf(Require.present(serves, "serves"));
        rationale = Require.text(rationale, "rationale", 2_000);
        Require.present(theme, "theme");
        Require.present(owner, "owner");
    }
}
