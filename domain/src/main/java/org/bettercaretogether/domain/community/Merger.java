package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.Require;

import java.time.LocalDate;

/**
 * A community joined into another from a day on: the programme went from twelve communities to fewer over time. The
 * merged community's address then leads to the one it joined; its history is kept.
 */
public record Merger(CommunityId into, String intoName, LocalDate effectiveOn) {

    public Merger {
        Require.present(into, "into");
        intoName = Require.text(intoName, "intoName", 200);
        Require.present(effectiveOn, "effectiveOn");
    }
}
