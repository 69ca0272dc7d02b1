package org.bettercaretogether.web.change;

import java.util.List;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of {@code /staff/themes}: every theme of the managed list with the button that takes it out of use or
 * back into use, the form that adds one ({@code name} as typed, with its errors), and a notice after a change.
 */
public record ThemesPage(List<Row> themes, String name, FormErrors errors, String notice) {

    public static final String HEADING = "Themes";

    public ThemesPage {
        themes = List.copyOf(themes);
    }

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    /**
     * One theme: its name, whether it is in use, the address its button posts to with the version it was read at,
     * and what the button does ({@code inUse} is the value it sends).
     */
    public record Row(String name, boolean inUse, String action, String version, String button) {

        public String sends() {
            return Boolean.toString(!inUse);
        }
    }
}
