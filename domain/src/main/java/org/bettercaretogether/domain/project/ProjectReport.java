package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.time.Instant;
import java.util.Optional;

/**
 * A member of the public's word that a listed project's entry is wrong, or that the project has closed, with what
 * they noticed. No account and no contact details: staff read it, check the entry and resolve the report (closing
 * the project when it has indeed stopped). The text is read by staff only and never published.
 */
public record ProjectReport(ReportId id, ProjectId project, Problem problem, String details, Instant receivedAt,
                            Optional<Instant> resolvedAt, long version) {

    /** The longest report, in characters: a few sentences. */
    public static final int DETAILS_MAX_LENGTH = 1_000;

    /** What is wrong with the entry. */
    public enum Problem {
        CLOSED("The project has closed or stopped meeting"),
        WRONG("Something in the entry is wrong");

        private final String title;

        Problem(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public ProjectReport {
        Require.present(id, "reportId");
        Require.present(project, "projectId");
        Require.present(problem, "problem");
        details = Require.text(details, "details", DETAILS_MAX_LENGTH);
        Require.present(receivedAt, "receivedAt");
        Require.present(resolvedAt, "resolvedAt");
        Require.version(version);
    }

    /** A new report, received at {@code at}. */
    public static ProjectReport received(ReportId id, ProjectId project, Problem problem, String details, Instant at) {
        return new ProjectReport(id, project, problem, details, at, Optional.empty(), 0);
    }

    public boolean open() {
        return resolvedAt.isEmpty();
    }

    /** The report, dealt with by staff at {@code at}. */
    public ProjectReport resolve(Instant at) {
        if (!open()) {
            throw new StateConflictException("The report has already been resolved.");
        }
        return new ProjectReport(id, project, problem, details, receivedAt, Optional.of(at), version);
    }

    public ProjectReport withVersion(long newVersion) {
        return new ProjectReport(id, project, problem, details, receivedAt, resolvedAt, newVersion);
    }
}
