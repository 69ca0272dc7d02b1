package org.bettercaretogether.web.platform;

import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.shared.Slug;

/**
 * The addresses that tie "you said" to "we did" both ways, known to both features that link them: a change made, as
 * its card on the programme's "you said, we did" page, and a consultation's results.
 */
public final class YouSaidWeDidLinks {

    private YouSaidWeDidLinks() {
    }

    /** The id of a change's card on a "you said, we did" page. */
    public static String anchor(ChangeId change) {
        return "change-" + change;
    }

    /** A change's card on the programme's "you said, we did" page, which lists every change. */
    public static String change(ChangeId change) {
        return "/you-said-we-did#" + anchor(change);
    }

    /** The results page of the consultation at {@code slug}. */
    public static String results(Slug consultation) {
        return "/consultations/" + consultation + "/results";
    }
}
