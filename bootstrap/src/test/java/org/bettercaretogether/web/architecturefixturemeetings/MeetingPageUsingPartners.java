package org.bettercaretogether.web.architecturefixturemeetings;

import org.bettercaretogether.web.architecturefixturepartners.PartnerPageUsingMeetings;

/** The other half of {@link PartnerPageUsingMeetings}'s cycle between two web features. Test code only. */
public final class MeetingPageUsingPartners {

    public String hostOf(PartnerPageUsingMeetings partners) {
        return partners.toString();
    }
}
