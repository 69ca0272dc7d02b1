package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.consultation.RespondentTypes;
import org.bettercaretogether.domain.feedback.ContributorRole;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The answers an "about you" question offers, which answers and results name: the respondent types by code, or the
 * communities by slug (by name), or none — a postcode district is typed.
 */
final class AboutYouOptions {

    private AboutYouOptions() {
    }

    static List<Option> of(AboutYouTopic topic, List<IntegratedCareCommunity> communities) {
        return switch (topic) {
            case RESPONDENT_TYPE -> Arrays.stream(ContributorRole.values())
                    .map(role -> new Option(RespondentTypes.code(role), role.title())).toList();
            case COMMUNITY -> communities.stream().sorted(Comparator.comparing(IntegratedCareCommunity::name))
                    .map(community -> new Option(community.slug().value(), community.name())).toList();
            case POSTCODE_DISTRICT -> List.of();
        };
    }
}
