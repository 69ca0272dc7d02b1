package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A community project as the programme keeps it: its {@link ProjectDetails}, where its entry stands
 * ({@link ProjectStatus}), the person who suggested it when it came from the public (personal data, staff only,
 * forgotten once the suggestion is reviewed), the
 * day a member of staff last checked that the entry is right, and its version for optimistic locking.
 *
 * <p>Lifecycle: suggested → listed or declined; listed → closed. Staff may list a project directly. An entry whose
 * last check is {@link #CHECK_EVERY} or more ago is {@linkplain #dueForCheck due for a check}: staff see it flagged,
 * and the public sees the day it was last checked.
 */
public record CommunityProject(ProjectId id, ProjectDetails details, ProjectStatus status,
                               Optional<Suggester> suggester, LocalDate lastChecked, Instant receivedAt,
                               Instant changedAt, long version) {

    /** How long an entry stays trusted without a check. */
    public static final Period CHECK_EVERY = Period.ofMonths(12);

    public CommunityProject {
        Require.present(id, "projectId");
        Require.present(details, "details");
        Require.present(status, "status");
        Require.present(suggester, "suggester");
        Require.present(lastChecked, "lastChecked");
        Require.present(receivedAt, "receivedAt");
        Require.present(changedAt, "changedAt");
        Require.version(version);
    }

    /** A project suggested by a member of the public at {@code at}, waiting for review. */
    public static CommunityProject suggested(ProjectId id, ProjectDetails details, Suggester suggester, Instant at) {
        return new CommunityProject(id, details, ProjectStatus.SUGGESTED,
                suggester.isEmpty() ? Optional.empty() : Optional.of(suggester), UkTime.dayOf(at), at, at, 0);
    }

    /** A project listed by staff at {@code at}, checked that day. */
    public static CommunityProject listed(ProjectId id, ProjectDetails details, Instant at) {
        return new CommunityProject(id, details, ProjectStatus.LISTED, Optional.empty(), UkTime.dayOf(at), at, at, 0);
    }

    /**
     * The suggestion, reviewed and found right, listed for the public from {@code at}; checked that day. Who suggested
     * it is forgotten: their details were needed only for the review.
     */
    public CommunityProject accept(Instant at) {
        requireStatus(ProjectStatus.SUGGESTED, "Only a suggested project can be accepted.");
        return new CommunityProject(id, details, ProjectStatus.LISTED, Optional.empty(), UkTime.dayOf(at), receivedAt,
                at, version);
    }

    /** The suggestion, reviewed and not listed; who suggested it is forgotten. */
    public CommunityProject decline(Instant at) {
        requireStatus(ProjectStatus.SUGGESTED, "Only a suggested project can be declined.");
        return new CommunityProject(id, details, ProjectStatus.DECLINED, Optional.empty(), lastChecked, receivedAt, at,
                version);
    }

    /**
     * The project with who suggested it forgotten at {@code at}, as they asked: a suggestion still waits for review,
     * made by no one known.
     */
    public CommunityProject forgetSuggester(Instant at) {
        return new CommunityProject(id, details, status, Optional.empty(), lastChecked, receivedAt, at, version);
    }

    /** The listed project, found to have stopped: its page stays, saying so, and lists leave it out. */
    public CommunityProject close(Instant at) {
        requireStatus(ProjectStatus.LISTED, "Only a listed project can be closed.");
        return new CommunityProject(id, details, ProjectStatus.CLOSED, suggester, UkTime.dayOf(at), receivedAt, at,
                version);
    }

    /** The listed project, checked by staff at {@code at} and found right as it stands. */
    public CommunityProject checked(Instant at) {
        requireStatus(ProjectStatus.LISTED, "Only a listed project can be marked as checked.");
        return new CommunityProject(id, details, status, suggester, UkTime.dayOf(at), receivedAt, at, version);
    }

    /** The project described anew by staff at {@code at}, which checks it too. */
    public CommunityProject revise(ProjectDetails newDetails, Instant at) {
        if (status == ProjectStatus.DECLINED || status == ProjectStatus.CLOSED) {
            throw new StateConflictException("A declined or closed project cannot be changed.");
        }
        LocalDate checkedOn = status == ProjectStatus.LISTED ? UkTime.dayOf(at) : lastChecked;
        return new CommunityProject(id, newDetails, status, suggester, checkedOn, receivedAt, at, version);
    }

    /** Whether the public may read the project's page: once listed, and after it has closed. */
    public boolean isPublic() {
        return status == ProjectStatus.LISTED || status == ProjectStatus.CLOSED;
    }

    /** Whether the listed project's last check is {@link #CHECK_EVERY} or more before {@code today}. */
    public boolean dueForCheck(LocalDate today) {
        return status == ProjectStatus.LISTED && !lastChecked.plus(CHECK_EVERY).isAfter(today);
    }

    public CommunityProject withVersion(long newVersion) {
        return new CommunityProject(id, details, status, suggester, lastChecked, receivedAt, changedAt, newVersion);
    }

    private void requireStatus(ProjectStatus required, String message) {
        if (status != required) {
            throw new StateConflictException(message);
        }
    }
}
