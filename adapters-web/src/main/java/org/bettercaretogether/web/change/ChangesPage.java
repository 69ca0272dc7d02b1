package org.bettercaretogether.web.change;

import java.util.List;

/** The model of {@code /staff/changes}: every change recorded, most recently planned first. */
public record ChangesPage(List<Row> changes) {

    public static final String HEADING = "Changes made";

    public ChangesPage {
        changes = List.copyOf(changes);
    }

    /** One change as the table shows it. */
    public record Row(String href, String title, String where, String status, String statusClass, String plannedOn,
                      int views) {
    }
}
