package org.bettercaretogether.web.privacy;

import org.bettercaretogether.application.privacy.ErasureReport;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;

import java.util.ArrayList;
import java.util.List;

/** The models of the erasure pages, for administrators acting on a person's request to erase their data. */
public final class ErasurePages {

    private ErasurePages() {
    }

    /**
     * {@code /staff/erasure}: erase by a view's reference, an email address or a telephone number; a notice after an
     * erasure.
     */
    public record Request(String reference, String email, String phone, FormErrors errors, String notice) {

        public static final String HEADING = "Erase a person's data";

        public String title() {
            return errors.isEmpty() ? HEADING : "Error: " + HEADING;
        }

        @Override
        public String toString() {
            return "Request[hidden]";
        }
    }

    /** The confirmation: what will be erased and what is kept, before anything is. */
    public record Confirm(PersonAsked asked) {

        public static final String HEADING = "Are you sure you want to erase this person's data?";

        /** The form field that carries what was given: {@code reference}, {@code email} or {@code phone}. */
        public String field() {
            return asked.field();
        }

        /** The reference, the email address or the telephone number. */
        public String value() {
            return asked.value();
        }

        public boolean byReference() {
            return asked.reference() != null;
        }

        public boolean byEmail() {
            return asked.email() != null;
        }

        public boolean byPhone() {
            return asked.phone() != null;
        }

        @Override
        public String toString() {
            return "Confirm[" + field() + "]";
        }
    }

    /** What an erasure did, in a sentence: "Erased: 2 views, 1 meeting registration and 3 messages." */
    static String erased(ErasureReport report) {
        if (report.nothing()) {
            return "Nothing was left to erase: the person's data was erased before, or none is held.";
        }
        List<String> parts = new ArrayList<>();
        counted(parts, report.views(), "view", "views");
        counted(parts, report.registrations(), "meeting registration", "meeting registrations");
        counted(parts, report.messages(), "message waiting or undelivered", "messages waiting or undelivered");
        counted(parts, report.sentCopies(), "copy of mail sent", "copies of mail sent");
        counted(parts, report.projectSuggestions(), "suggester of a community project",
                "suggesters of community projects");
        counted(parts, report.consultationUpdates(), "address left for consultation updates",
                "addresses left for consultation updates");
        return "Erased: " + Formats.list(parts) + ".";
    }

    private static void counted(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
