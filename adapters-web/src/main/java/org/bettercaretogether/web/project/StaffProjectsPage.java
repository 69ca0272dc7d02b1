package org.bettercaretogether.web.project;

import java.util.List;

/**
 * The model of {@code /staff/projects}: the suggestions waiting for review, the listed entries due for a check, and the
 * public's reports not yet resolved, each with what staff can do to it.
 */
public record StaffProjectsPage(List<Row> suggestions, List<Row> dueForCheck, List<ReportRow> reports, String notice) {

    public static final String HEADING = "Community projects";

    public StaffProjectsPage {
        suggestions = List.copyOf(suggestions);
        dueForCheck = List.copyOf(dueForCheck);
        reports = List.copyOf(reports);
    }

    /** A project: its name, the staff page that shows it whole, a date that matters and the version buttons send. */
    public record Row(String name, String href, String date, String version) {

        public String action(String step) {
            return href + "/" + step;
        }
    }

    /** A report: the project it is about, what is wrong, the person's words, when, and the version to resolve it. */
    public record ReportRow(String project, String projectHref, String problem, String details, String received,
                            String resolveAction, String version) {
    }
}
