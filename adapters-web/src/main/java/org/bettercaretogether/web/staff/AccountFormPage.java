package org.bettercaretogether.web.staff;

import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the account forms: a new account ({@code id} null) or an existing one, with its email address
 * (which cannot change) and whether the person must still replace a password they were given.
 *
 * @param partners the organisations to choose from
 * @param roles    the roles to tick
 */
public record AccountFormPage(String id, String email, boolean mustChangePassword, AccountForm form,
                              List<Choice> partners, List<Choice> roles, FormErrors errors) {

    public static final String NEW_HEADING = "Create a staff account";
    public static final String EDIT_HEADING = "Change a staff account";

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
        return creating() ? AccountRoutes.PAGES + "/new" : AccountRoutes.PAGES + "/" + id;
    }

    @Override
    public String toString() {
        return "AccountFormPage[" + (creating() ? "new" : id) + "]";
    }
}
