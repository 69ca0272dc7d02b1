package org.bettercaretogether.web.project;

/** The model of one project's page: the project, and a notice when the person has just reported a problem with it. */
public record ProjectPage(ProjectSummary project, String notice) {

    public String reportHref() {
        return project.href() + "/report";
    }
}
