package org.bettercaretogether.application.project;

import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ReportId;

import java.util.List;
import java.util.Optional;

/** The reports that a project's entry is wrong or that the project has closed. */
public interface ProjectReports {

    /** Stores a new report at version 1. */
    ProjectReport add(ProjectReport report);

    /** Stores a changed report if its version is the stored one; empty otherwise. */
    Optional<ProjectReport> update(ProjectReport report);

    Optional<ProjectReport> find(ReportId id);

    /** At most {@code most} reports not yet resolved, the oldest first. */
    List<ProjectReport> open(int most);
}
