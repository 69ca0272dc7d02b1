package org.bettercaretogether.web.staff;

import java.util.List;

/**
 * The model of the page that shows one's new recovery codes, the one time they can be seen.
 *
 * @param justSetUp whether they come with an authenticator just set up (else they replace earlier codes)
 */
public record RecoveryCodesPage(List<String> codes, boolean justSetUp) {

    public static final String HEADING = "Your recovery codes";

    @Override
    public String toString() {
        return "RecoveryCodesPage[" + codes.size() + " codes]";
    }
}
