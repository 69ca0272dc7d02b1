package org.bettercaretogether.web.follow;

import org.bettercaretogether.web.platform.PrivateAddresses;

/**
 * A page reached by a private link from a mail: its heading, what it says, and, while something is still to be done,
 * the button that does it and where the button posts.
 */
public record LinkPage(String title, String text, String button, String action) {

    /** A page with nothing left to do. */
    static LinkPage done(String title, String text) {
        return new LinkPage(title, text, null, null);
    }

    public boolean hasButton() {
        return button != null;
    }

    /** Whether the button is the unsubscribe link's, which sends what a mail client's one click sends. */
    public boolean oneClick() {
        return action != null && action.startsWith(PrivateAddresses.UNSUBSCRIBE + "/");
    }
}
