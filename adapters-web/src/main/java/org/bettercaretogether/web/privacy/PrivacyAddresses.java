package org.bettercaretogether.web.privacy;

import org.bettercaretogether.web.platform.StaffAddresses;

/** Where administrators act on a person's requests about their data, so that routes, pages and redirects agree. */
final class PrivacyAddresses {

    static final String ERASURE = StaffAddresses.PAGES + "/erasure";
    static final String ERASURE_CONFIRM = ERASURE + "/confirm";
    static final String SUBJECT_ACCESS = StaffAddresses.PAGES + "/subject-access";
    static final String SUBJECT_ACCESS_DOWNLOAD = SUBJECT_ACCESS + "/download";
    static final String API_ERASURE = StaffAddresses.API + "/erasure";
    static final String API_SUBJECT_ACCESS = StaffAddresses.API + "/subject-access";

    private PrivacyAddresses() {
    }
}
