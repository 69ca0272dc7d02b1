package org.bettercaretogether.web.platform;

import java.util.List;

/**
 * The model of a managed list's staff page ({@link ManagedListRoutes}): every item of the list with the button that
 * takes it out of use or back into use, the form that adds one ({@code name} as typed, with its errors), and a notice
 * after a change.
 */
public record ManagedListPage(String heading, List<Row> items, String name, FormErrors errors, String notice) {

    public ManagedListPage {
        items = List.copyOf(items);
    }

    public String title() {
        return errors.isEmpty() ? heading : "Error: " + heading;
    }

    /**
     * One item: its name, whether it is in use, the address its button posts to with the version it was read at,
     * and what the button does ({@link #sends()} is the value it sends).
     */
    public record Row(String name, boolean inUse, String action, String version, String button) {

        public String sends() {
            return Boolean.toString(!inUse);
        }
    }
}
