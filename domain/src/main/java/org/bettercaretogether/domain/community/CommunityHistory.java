package org.bettercaretogether.domain.community;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened to a community over time: the development stages it reached, each dated; its renamings; and whether it
 * was merged into another. Nothing is ever removed, so a page can tell the whole story and old addresses keep working.
 */
public record CommunityHistory(CommunityId community, List<StageReached> stages, List<Renaming> renamings,
                               Optional<Merger> merger, long version) {

    public CommunityHistory {
        Require.present(community, "community");
        stages = Require.listOf(stages, "stages");
        renamings = Require.listOf(renamings, "renamings");
        Require.present(merger, "merger");
        Require.version(version);
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).reachedOn().isBefore(stages.get(i - 1).reachedOn())) {
                throw new InvalidValueException("stageReachedOn", "must not be before the date of the stage before it");
            }
        }
        merger.ifPresent(joined -> {
            if (joined.into().equals(community)) {
                throw new InvalidValueException("into", "must be another community");
            }
        });
    }

    public static CommunityHistory empty(CommunityId community) {
        return new CommunityHistory(community, List.of(), List.of(), Optional.empty(), 0);
    }

    public CommunityHistory reaching(StageReached stage) {
        requireNotMerged();
        if (!stages.isEmpty() && stage.reachedOn().isBefore(stages.getLast().reachedOn())) {
            throw new InvalidValueException("stageReachedOn", "must not be before the date of the current stage");
        }
        List<StageReached> more = new ArrayList<>(stages);
        more.add(stage);
        return new CommunityHistory(community, more, renamings, merger, version);
    }

    public CommunityHistory renamed(Renaming renaming) {
        requireNotMerged();
        List<Renaming> more = new ArrayList<>(renamings);
        more.add(renaming);
        return new CommunityHistory(community, stages, more, merger, version);
    }

    public CommunityHistory mergedInto(Merger joined) {
        requireNotMerged();
        return new CommunityHistory(community, stages, renamings, Optional.of(joined), version);
    }

    /** Whether the community has been merged into another by {@code day}. */
    public boolean mergedBy(LocalDate day) {
        return merger.map(joined -> !joined.effectiveOn().isAfter(day)).orElse(false);
    }

    /** Every address the community had before its current one. */
    public List<Slug> formerSlugs() {
        return renamings.stream().map(Renaming::fromSlug).toList();
    }

    public CommunityHistory withVersion(long newVersion) {
        return new CommunityHistory(community, stages, renamings, merger, newVersion);
    }

    private void requireNotMerged() {
        if (merger.isPresent()) {
            throw new StateConflictException("This community has been merged into " + merger.get().intoName() + ".");
        }
    }
}
