package org.bettercaretogether.web.content;

import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.web.platform.Formats;

/**
 * What the privacy notice says about how long things are kept, in words, from the installation's own retention
 * settings: the notice promises what the removal that runs on a schedule does, whatever an operator set.
 *
 * @param viewContactDetails how long a view's contact details stay after it is closed, such as "a year"
 * @param registrations      how long a registration stays after its meeting, such as "30 days"
 * @param undeliveredMail    how long a message that could not be delivered stays
 * @param mailDropFiles      how long a copy of a message stays where there is no mail server
 * @param answersForRetries  how long the answer to a request sent again is kept
 * @param endedApiTokens     how long a staff API token stays listed once it has ended
 * @param unconfirmedSubscriptions how long a request for email updates waits for its confirmation
 */
public record PrivacyNotice(String viewContactDetails, String registrations, String undeliveredMail,
                            String mailDropFiles, String answersForRetries, String endedApiTokens,
                            String unconfirmedSubscriptions) {

    static PrivacyNotice of(RetentionSettings kept) {
        return new PrivacyNotice(Formats.period(kept.viewContactDetails()), Formats.period(kept.registrations()),
                Formats.period(kept.undeliveredMail()), Formats.period(kept.mailDropFiles()),
                Formats.period(kept.answersForRetries()), Formats.period(kept.endedApiTokens()),
                Formats.period(kept.unconfirmedSubscriptions()));
    }
}
