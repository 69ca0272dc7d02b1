package org.bettercaretogether.web.architecturefixturepartners;

import org.bettercaretogether.web.architecturefixturemeetings.MeetingPageUsingPartners;

/**
 * A web feature that uses another feature, which uses it back: breaks the rules that features are independent and
 * that packages form no cycle, on purpose, to prove the architecture test would notice. Test code only.
 */
public final class PartnerPageUsingMeetings {

    public String meetingsOf(MeetingPageUsingPartners meetings) {
        return meetings.toString();
    }
}
