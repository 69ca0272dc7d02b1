package org.bettercaretogether.web.staff;

import org.bettercaretogether.web.platform.FormErrors;

/** The model of the second step of signing in: the code of one's authenticator app, or a recovery code. */
public record SignInCodePage(FormErrors errors) {

    public static final String HEADING = "Enter the code from your authenticator app";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }
}
