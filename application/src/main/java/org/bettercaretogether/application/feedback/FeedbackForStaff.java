package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.PersonalDetails;

import java.util.List;
import java.util.Optional;

/**
 * A view as staff see it: the whole record (the original words and contact details included, while they are kept),
 * the name of what it is about, the personal details found in its words, a suggested public text with those removed,
 * the names of its themes and of the partner it is assigned to.
 */
public record FeedbackForStaff(Feedback feedback, String about, List<PersonalDetails.Found> detected,
                               Optional<String> suggestedPublicText, List<String> themeNames,
                               Optional<String> assignedPartnerName) {

    public FeedbackForStaff {
        detected = List.copyOf(detected);
        themeNames = List.copyOf(themeNames);
    }
}
