package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ReportId;

/** Anyone reports that a listed project's entry is wrong, or that the project has closed, for staff to check. */
public interface ReportProject {

    /** Takes the report; not found unless the project is listed. */
    Outcome<ReportId> report(ProjectId project, ProjectReport.Problem problem, String details);
}
