package org.bettercaretogether.web.staff;

import java.util.List;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of {@code /staff/tokens}: the person's own tokens, and the form to create one (the label and
 * lifetime as typed, kept on an error).
 */
public record TokensPage(List<TokenJson> tokens, String label, String lifetimeDays, FormErrors errors,
                         String notice) {

    public static final String HEADING = "Your API tokens";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }
}
