package org.bettercaretogether.web.directory;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.domain.community.CommunityHistory;

/**
 * A community's history as the public API answers it: the development stages it reached ({@code FORMING},
 * {@code DEVELOPING}, {@code ESTABLISHED}), each dated; its renamings, each with the name and address before and
 * after and the day it took effect; and, if it was merged into another community, which and from when (absent
 * otherwise). Nothing names the member of staff who recorded a change.
 */
public record CommunityHistoryJson(CommunityDetails.Summary community, List<Stage> stages, List<Renaming> renamings,
                                   Merger merger) {

    public CommunityHistoryJson {
        stages = List.copyOf(stages);
        renamings = List.copyOf(renamings);
    }

    /** A development stage and the day it was reached. */
    public record Stage(String stage, String description, LocalDate reachedOn) {
    }

    /** A change of name and address, from a day on; the old address leads to the new one. */
    public record Renaming(String fromName, String fromSlug, String toName, String toSlug, LocalDate effectiveOn) {
    }

    /** The community this one joined, from a day on; its address leads there. */
    public record Merger(String intoSlug, String intoName, LocalDate effectiveOn) {
    }

    static CommunityHistoryJson of(CommunityStory story) {
        CommunityHistory history = story.history();
        return new CommunityHistoryJson(
                new CommunityDetails.Summary(story.slug(), story.community(), new Links(
                        CommunityDetails.API + "/" + story.slug(), CommunityDetails.PAGES + "/" + story.slug())),
                history.stages().stream().map(reached -> new Stage(reached.stage().name(),
                        reached.stage().description(), reached.reachedOn())).toList(),
                history.renamings().stream().map(renaming -> new Renaming(renaming.fromName(),
                        renaming.fromSlug().value(), renaming.toName(), renaming.toSlug().value(),
                        renaming.effectiveOn())).toList(),
                history.merger().map(joined -> new Merger(story.mergedIntoSlug().orElse(null), joined.intoName(),
                        joined.effectiveOn())).orElse(null));
    }
}
