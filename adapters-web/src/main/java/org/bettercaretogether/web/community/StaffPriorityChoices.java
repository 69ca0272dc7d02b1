package org.bettercaretogether.web.community;

import java.util.Arrays;
import java.util.List;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.platform.Choice;

/** What the priority forms offer to choose from: the triple aim, the themes, the partners and the statuses. */
public final class StaffPriorityChoices {

    private StaffPriorityChoices() {
    }

    /** The dimensions of the triple aim, as the public reads them. */
    public static List<Choice> dimensions() {
        return Arrays.stream(TripleAimDimension.values())
                .map(dimension -> new Choice(dimension.name(), dimension.description())).toList();
    }

    /**
     * The themes in use, and the one {@code selected} even when it is out of use, so that saving a priority that has
     * it does not drop it.
     */
    public static List<Choice> themes(ManageThemes themes, String selected) {
        return themes.themes().stream()
                .filter(theme -> theme.inUse() || theme.id().toString().equals(selected))
                .map(theme -> new Choice(theme.id().toString(),
                        theme.inUse() ? theme.name() : theme.name() + " (no longer in use)")).toList();
    }

    /** The partners, by name: a priority's owner is one of them. */
    public static List<Choice> owners(BrowseDirectory directory) {
        return directory.partners().stream()
                .map(partner -> new Choice(partner.id().toString(), partner.name())).toList();
    }

    /** The statuses a priority may move to from {@code current}: any other. */
    static List<Choice> statusesBesides(PriorityStatus current) {
        return Arrays.stream(PriorityStatus.values()).filter(status -> status != current)
                .map(status -> new Choice(status.name(), status.title())).toList();
    }

    /** The GOV.UK tag a status is shown in. */
    public static String tagClass(PriorityStatus status) {
        return switch (status) {
            case PROPOSED -> "govuk-tag govuk-tag--grey";
            case AGREED -> "govuk-tag govuk-tag--blue";
            case IN_PROGRESS -> "govuk-tag govuk-tag--yellow";
            case ACHIEVED -> "govuk-tag govuk-tag--green";
            case DROPPED -> "govuk-tag govuk-tag--red";
        };
    }
}
