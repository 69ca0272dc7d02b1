package org.bettercaretogether.application.project;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectDetails;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.domain.project.ReportId;

import java.util.List;

/**
 * Engagement officers and administrators keep the community projects: they review suggestions (accept to list, or
 * decline), list projects themselves, mark entries as checked (those due for a check are flagged), close projects that
 * have stopped, and resolve the public's reports. Each change quotes the version it was read at, so a change made
 * meanwhile is refused as a conflict; every change is written to the audit log.
 */
public interface ReviewProjects {

    /** The most entries one of the review lists holds. */
    int MOST_LISTED = 200;

    /** The suggestions waiting for review, the oldest first, with who suggested them. */
    Outcome<List<CommunityProject>> suggestions(Actor actor);

    /** Listed projects due for a check today, the longest unchecked first. */
    Outcome<List<ProjectEntry>> dueForCheck(Actor actor);

    /** Reports not yet resolved, the oldest first. */
    Outcome<List<ProjectReport>> openReports(Actor actor);

    /** One project, whatever its status, with who suggested it. */
    Outcome<ProjectEntry> project(Actor actor, ProjectId id);

    /** Lists a project, checked today. */
    Outcome<CommunityProject> add(Actor actor, ProjectDetails details);

    /** Describes a suggested or listed project anew; a listed one is then checked today. */
    Outcome<CommunityProject> revise(Actor actor, ProjectId id, long version, ProjectDetails details);

    Outcome<CommunityProject> accept(Actor actor, ProjectId id, long version);

    Outcome<CommunityProject> decline(Actor actor, ProjectId id, long version);

    /** Records that the listed entry was checked today and found right. */
    Outcome<CommunityProject> markChecked(Actor actor, ProjectId id, long version);

    Outcome<CommunityProject> close(Actor actor, ProjectId id, long version);

    /** Marks the report dealt with. */
    Outcome<ProjectReport> resolve(Actor actor, ReportId id, long version);
}
