package org.bettercaretogether.web.change;

import java.util.ArrayList;
import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldError;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the change pages: recording a new change ({@code change} null), or one change with its summary, the
 * form to revise it and the form to move it on ({@code status} null once it is made).
 *
 * @param communities the communities to choose from (by slug)
 * @param workstreams the workstreams to choose from (by slug)
 * @param themes      the themes to tick (by id): those in use, and those the change already has
 * @param consultations the consultations a change can come from (by slug): every one scheduled
 * @param errors      the errors of the change form
 */
public record ChangePage(Summary change, ChangeForm form, FormErrors errors, List<Choice> communities,
                         List<Choice> workstreams, List<Choice> themes, List<Choice> consultations, StatusForm status,
                         String notice) {

    public static final String NEW_HEADING = "Record a change";

    /**
     * A recorded change as staff read it: its status, where it belongs and its dates in words (null where a step is
     * not reached), the references of every view linked to it, its themes, and the consultation it came from (null if
     * none did).
     */
    public record Summary(String id, String title, String status, String statusClass, String where,
                          String plannedOn, String startedOn, String madeOn, List<String> views, int publishedViews,
                          List<String> themes, ChangeJson.CameFrom cameFrom) {
    }

    /** The form that moves a change on: the statuses it may reach next, the values, and its errors. */
    public record StatusForm(List<Choice> next, StatusChange.Form form, FormErrors errors) {
    }

    public boolean creating() {
        return change == null;
    }

    public String heading() {
        return creating() ? NEW_HEADING : change.title();
    }

    public String title() {
        return allErrors().isEmpty() ? heading() : "Error: " + heading();
    }

    /** Where the change form posts, and where a stale form is reloaded from. */
    public String action() {
        return creating() ? ChangeRoutes.PAGES + "/new" : ChangeRoutes.PAGES + "/" + change.id();
    }

    public String statusAction() {
        return action() + "/status";
    }

    /** Every error on the page, for its error summary: those of the change form, then the status form's. */
    public FormErrors allErrors() {
        List<FieldError> all = new ArrayList<>(errors.list());
        if (status != null) {
            all.addAll(status.errors().list());
        }
        return new FormErrors(all);
    }
}
