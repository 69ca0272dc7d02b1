package org.bettercaretogether.web.moderation;

import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.web.platform.StaffAddresses;

/** Where the staff side of the feedback loop answers, so that routes, pages and redirects agree. */
final class ModerationAddresses {

    /** The moderation queue; each view's page is below it. */
    static final String QUEUE = StaffAddresses.PAGES + "/feedback";
    static final String AWAITING_ANSWER = QUEUE + "/awaiting-answer";
    static final String SAFEGUARDING = QUEUE + "/safeguarding";
    static final String ENTER = QUEUE + "/new";
    static final String IMPORT = QUEUE + "/import";
    static final String SAMPLE_CSV = IMPORT + "/sample.csv";
    static final String VIEW = QUEUE + "/{id}";

    static final String API = StaffAddresses.API + "/feedback";
    static final String API_AWAITING_ANSWER = API + "/awaiting-answer";
    static final String API_SAFEGUARDING = API + "/safeguarding";
    static final String API_IMPORT = API + "/import";
    static final String API_VIEW = API + "/{id}";

    private ModerationAddresses() {
    }

    static String view(FeedbackId id) {
        return QUEUE + "/" + id;
    }
}
