package org.bettercaretogether.examples.phoneline;

import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.shared.Slug;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an operator notes of a call in which a view was given: what was said, who said it, the community it is about
 * (the caller's own, found with {@link PhoneLine#communitiesFor}), and whether the caller agreed to its publication.
 * The caller's name and number are not kept: a phone line that must call back would add them as contact details.
 *
 * @param words            what the caller said, in the operator's words
 * @param caller           who the caller is: a patient, a carer, a member of staff...
 * @param community        the community the view is about; absent, it is about the programme as a whole
 * @param agreedToPublish  whether the caller agreed that the view may be published (after moderation)
 * @param on               the day of the call
 */
public record Call(String words, ContributorRole caller, Optional<Slug> community, boolean agreedToPublish,
                   LocalDate on) {

    public Call {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(on, "on");
    }
}
