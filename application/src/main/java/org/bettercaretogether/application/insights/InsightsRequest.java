package org.bettercaretogether.application.insights;

import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.shared.Slug;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * Which views to sum up: those received in the months {@code from} to {@code to} (both included; by default the twelve
 * months up to the current one), about a community, a network (its own views and its communities'), a workstream,
 * tagged with a theme, given by a kind of person or through a channel. Every filter left empty takes in everything.
 */
public record InsightsRequest(Optional<YearMonth> from, Optional<YearMonth> to, Optional<Slug> community,
                              Optional<Slug> network, Optional<Slug> workstream, Optional<ThemeId> theme,
                              Optional<ContributorRole> respondent, Optional<Channel> channel) {

    public InsightsRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(workstream, "workstream");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(channel, "channel");
    }

    /** Every view of the last twelve months. */
    public static InsightsRequest everything() {
        return new InsightsRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
