package org.bettercaretogether.web.moderation;

import org.bettercaretogether.web.platform.FormErrors;

/** The models of the erasure pages, for administrators acting on a person's request to erase their data. */
public final class ErasurePages {

    private ErasurePages() {
    }

    /** {@code /staff/erasure}: erase by a view's reference or by an email address; a notice after an erasure. */
    public record Request(String reference, String email, FormErrors errors, String notice) {

        public static final String HEADING = "Erase a person's data";

        public String title() {
            return errors.isEmpty() ? HEADING : "Error: " + HEADING;
        }

        @Override
        public String toString() {
            return "Request[hidden]";
        }
    }

    /**
     * The confirmation: what will be erased and what is kept, before anything is.
     *
     * @param field the form field that carries what was given ({@code reference} or {@code email})
     * @param value the reference or the email address
     */
    public record Confirm(String field, String value) {

        public static final String HEADING = "Are you sure you want to erase this person's data?";

        public boolean byReference() {
            return field.equals(ErasureRoutes.REFERENCE);
        }

        @Override
        public String toString() {
            return "Confirm[" + field + "]";
        }
    }
}
