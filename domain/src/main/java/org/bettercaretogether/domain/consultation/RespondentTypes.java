package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.feedback.ContributorRole;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The respondent types a consultation counts its results by: the capacities in which people give views, each written
 * as a code such as {@code member-of-public} in answers, forms and downloads.
 */
public final class RespondentTypes {

    private RespondentTypes() {
    }

    /** The code of a respondent type. */
    public static String code(ContributorRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The respondent type written as {@code code}, if there is one. */
    public static Optional<ContributorRole> fromCode(String code) {
        return Arrays.stream(ContributorRole.values()).filter(role -> code(role).equals(code)).findFirst();
    }
}
