package org.bettercaretogether.web.staff;

import org.bettercaretogether.application.security.SetUpSecondFactor;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the page that sets up an authenticator app: the secret as a QR code (inline SVG) and as text to type,
 * and the field for the code the app then shows; or, once set up, how many recovery codes are left.
 *
 * @param required whether the person's roles need a second factor (they can do nothing else until it is set up)
 */
public record SecondFactorPage(SetUpSecondFactor.Enrolment enrolment, String qrCodeSvg, boolean required,
                               FormErrors errors) {

    public static final String HEADING = "Set up your authenticator app";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public String secretInGroups() {
        return enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "SecondFactorPage[" + enrolment + "]";
    }
}
