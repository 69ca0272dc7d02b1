package org.bettercaretogether.web.keyquestion;

import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of a key question's staff form: adding one ({@code id} null) or changing one.
 *
 * @param id     the question's id, null on the form that adds one
 * @param form   the values of the form
 * @param errors the problems of the form just sent (a stale version against {@code version})
 */
public record KeyQuestionPage(String id, KeyQuestionForm form, FormErrors errors) {

    public static final String NEW_HEADING = "Add a key question";
    public static final String EDIT_HEADING = "Change a key question";

    public boolean creating() {
        return id == null;
    }

    public String heading() {
        return creating() ? NEW_HEADING : EDIT_HEADING;
    }

    public String title() {
        return errors.isEmpty() ? heading() : "Error: " + heading();
    }

    /** Where the form posts, and where a stale form is reloaded from. */
    public String action() {
        return creating() ? StaffKeyQuestionRoutes.PAGES + "/new" : StaffKeyQuestionRoutes.PAGES + "/" + id;
    }

    public String back() {
        return StaffKeyQuestionRoutes.PAGES;
    }
}
