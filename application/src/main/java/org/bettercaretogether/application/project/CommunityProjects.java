package org.bettercaretogether.application.project;

import org.bettercaretogether.domain.project.CommunityProject;
import org.bettercaretogether.domain.project.ProjectId;
import org.bettercaretogether.domain.project.ProjectStatus;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The community projects, whatever their status, each with the person who suggested it where there is one. */
public interface CommunityProjects {

    /** Stores a new project at version 1. */
    CommunityProject add(CommunityProject project);

    /** Stores a changed project if its version is the stored one; empty otherwise. */
    Optional<CommunityProject> update(CommunityProject project);

    Optional<CommunityProject> find(ProjectId id);

    /**
     * At most {@code limit} listed projects matching {@code search}, by name and then id, after {@code after} when
     * given: a page of the public list, read by key.
     */
    List<CommunityProject> listed(ProjectSearch search, Optional<ProjectPosition> after, int limit);

    /** At most {@code most} projects of {@code status}, those received first first. */
    List<CommunityProject> withStatus(ProjectStatus status, int most);

    /**
     * The projects whose suggester gave {@code email} (compared regardless of case), received first first: the
     * suggestions waiting for review, as only they keep who made them.
     */
    List<CommunityProject> suggestedBy(EmailAddress email);

    /** At most {@code most} listed projects last checked on or before {@code day}, the longest unchecked first. */
    List<CommunityProject> listedCheckedBy(LocalDate day, int most);
}
