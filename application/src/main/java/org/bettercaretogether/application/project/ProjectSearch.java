package org.bettercaretogether.application.project;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.domain.shared.Require;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

/**
 * What a person looks for among the listed projects: those serving any of {@code communities} (every community when
 * empty: the communities of a town or postcode district are several where it straddles two), of one category, meeting
 * on one day of the week, and only the free ones.
 */
public record ProjectSearch(Set<CommunityId> communities, Optional<ProjectCategory> category,
                            Optional<DayOfWeek> day, boolean freeOnly) {

    public ProjectSearch {
        communities = Set.copyOf(Require.present(communities, "communities"));
        Require.present(category, "category");
        Require.present(day, "day");
    }

    /** Every listed project. */
    public static ProjectSearch everything() {
        return new ProjectSearch(Set.of(), Optional.empty(), Optional.empty(), false);
    }

    /** The listed projects serving {@code community}. */
    public static ProjectSearch in(CommunityId community) {
        return new ProjectSearch(Set.of(community), Optional.empty(), Optional.empty(), false);
    }
}
