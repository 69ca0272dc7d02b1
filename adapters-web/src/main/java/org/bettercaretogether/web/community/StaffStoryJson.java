package org.bettercaretogether.web.community;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.domain.community.CommunityHistory;

/**
 * A community's story as the staff API answers it after a change: its current name and address, the development
 * stages it reached, its renamings, and the community it was merged into, if it was.
 */
public record StaffStoryJson(String community, String slug, List<Stage> stages, List<Renaming> renamings,
                             Merger mergedInto) {

    public StaffStoryJson {
        stages = List.copyOf(stages);
        renamings = List.copyOf(renamings);
    }

    /** A stage reached, and the day. */
    public record Stage(String stage, LocalDate reachedOn) {
    }

    /** A change of name and address, from a day on. */
    public record Renaming(String fromName, String fromSlug, String toName, String toSlug, LocalDate effectiveOn) {
    }

    /** The community it joined (its address is null if it cannot be found), from a day on. */
    public record Merger(String name, String slug, LocalDate effectiveOn) {
    }

    static StaffStoryJson of(CommunityStory story) {
        CommunityHistory history = story.history();
        return new StaffStoryJson(story.community(), story.slug(),
                history.stages().stream().map(stage -> new Stage(stage.stage().name(), stage.reachedOn())).toList(),
                history.renamings().stream().map(renaming -> new Renaming(renaming.fromName(),
                        renaming.fromSlug().value(), renaming.toName(), renaming.toSlug().value(),
                        renaming.effectiveOn())).toList(),
                history.merger().map(merger -> new Merger(merger.intoName(), story.mergedIntoSlug().orElse(null),
                        merger.effectiveOn())).orElse(null));
    }
}
