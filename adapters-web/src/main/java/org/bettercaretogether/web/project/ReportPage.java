package org.bettercaretogether.web.project;

import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.List;

/** The model of {@code /projects/{id}/report}: the project reported on, the form as filled in, and its errors. */
public record ReportPage(String name, String projectHref, ReportForm form, FormErrors errors) {

    public static final String HEADING = "Report a problem with a project's entry";

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    public String action() {
        return projectHref + "/report";
    }

    public List<Choice> problems() {
        return ReportForm.PROBLEMS;
    }
}
