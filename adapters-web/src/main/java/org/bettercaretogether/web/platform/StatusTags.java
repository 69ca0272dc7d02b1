package org.bettercaretogether.web.platform;

import org.bettercaretogether.domain.priority.PriorityStatus;

/**
 * The GOV.UK tag colour of each priority status, so that a status looks the same wherever it is shown: grey while
 * proposed, blue once agreed, light blue in progress, green achieved, orange dropped.
 */
public final class StatusTags {

    private StatusTags() {
    }

    /** The classes of the tag of {@code status}: {@code govuk-tag govuk-tag--blue}. */
    public static String classes(PriorityStatus status) {
        return "govuk-tag govuk-tag--" + switch (status) {
            case PROPOSED -> "grey";
            case AGREED -> "blue";
            case IN_PROGRESS -> "light-blue";
            case ACHIEVED -> "green";
            case DROPPED -> "orange";
        };
    }
}
