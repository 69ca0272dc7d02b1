package org.bettercaretogether.web.staff;

import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the change-password page. It never holds a password: on an error every field is empty again.
 *
 * @param mustChange whether the person was given their password by someone else and must replace it before
 *                   they can do anything else
 */
public record PasswordPage(boolean mustChange, FormErrors errors, int minimumLength) {

    public static final String HEADING = "Change your password";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }
}
