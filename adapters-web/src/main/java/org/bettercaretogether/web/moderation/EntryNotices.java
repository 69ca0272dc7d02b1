package org.bettercaretogether.web.moderation;

import io.javalin.http.Context;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.web.platform.Formats;

/**
 * The notices after views were entered, read back from the address a form redirected to: the reference of one view,
 * or how many a file held. Only a well-formed reference or a number is shown, so an address cannot put words on a page.
 */
final class EntryNotices {

    static final String ENTERED = "entered";
    static final String IMPORTED = "imported";

    private EntryNotices() {
    }

    /** "View BCT-7KQ3-M9XD has been entered. It is waiting for moderation." */
    static String entered(Context ctx) {
        String reference = ctx.queryParam(ENTERED);
        if (reference == null) {
            return null;
        }
        try {
            return "View " + new FeedbackReference(reference).value() + " has been entered. It is waiting for "
                    + "moderation.";
        } catch (InvalidValueException notOurs) {
            return null;
        }
    }

    /** "12 views have been imported. They are waiting for moderation." */
    static String imported(Context ctx) {
        String imported = ctx.queryParam(IMPORTED);
        if (imported == null || !imported.matches("[0-9]{1,5}")) {
            return null;
        }
        int count = Integer.parseInt(imported);
        return count == 1 ? "1 view has been imported. It is waiting for moderation."
                : Formats.number(count) + " views have been imported. They are waiting for moderation.";
    }
}
