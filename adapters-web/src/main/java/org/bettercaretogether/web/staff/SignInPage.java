package org.bettercaretogether.web.staff;

import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the sign-in page: the email address as typed (never the password), the errors, a notice
 * ("You have signed out") and the double-submit token its hidden {@code csrf} field carries.
 */
public record SignInPage(String email, FormErrors errors, String notice, String csrfToken) {

    public static final String HEADING = "Sign in";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }
}
