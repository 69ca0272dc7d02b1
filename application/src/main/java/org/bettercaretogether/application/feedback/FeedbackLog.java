package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every view the programme has received, with its whole history. */
public interface FeedbackLog {

    /**
     * Stores a new view; answers it as stored, at version 1.
     *
     * @throws ReferenceTakenException when another view has its reference, storing nothing
     */
    Feedback add(Feedback feedback);

    /**
     * Stores new views, all or none; answers them as stored, at version 1, in the same order. An adapter that can
     * write them together does: one statement for a batch costs little more than one for a view.
     *
     * @throws ReferenceTakenException when another view has the reference of one of them, storing none
     */
    default List<Feedback> addAll(List<Feedback> views) {
        return views.stream().map(this::add).toList();
    }

    Optional<Feedback> find(FeedbackId id);

    /** The views with these ids, in no particular order; ids of no view are passed over. */
    List<Feedback> findAll(Collection<FeedbackId> ids);

    /** The views with these ids in brief, in no particular order; ids of no view are passed over. */
    List<InBrief> inBrief(Collection<FeedbackId> ids);

    /**
     * For each change made that has views linked to it, those views in sum: how many, how many of them are published,
     * and the ids of the {@code latest} most recently published, latest first. Read from the links, without naming
     * every view linked: a change can be made in answer to thousands.
     */
    Map<ChangeId, LinkedViews> linkedToChanges(int latest);

    Optional<Feedback> findByReference(FeedbackReference reference);

    /** The view whose private tracking link carries a token with this SHA-256. */
    Optional<Feedback> findByTrackingHash(String tokenHash);

    /**
     * Stores a changed view if nobody changed it since it was read (its version is the stored one); answers it at
     * the next version, or empty when it was changed meanwhile or is not there.
     */
    Optional<Feedback> update(Feedback feedback);

    /** Views waiting for moderation, oldest first, after {@code after} when given. */
    List<Feedback> awaitingModeration(Optional<Position> after, int limit);

    /** How many views are waiting for moderation (from counts kept as views change: as quick at any number). */
    int countAwaitingModeration();

    /** Published views, newest publication first, about {@code about} when given, before {@code before} when given. */
    List<Feedback> published(Optional<Subject> about, Optional<Position> before, int limit);

    /**
     * Views assigned for an answer (to {@code partner} when given) and neither answered nor closed, soonest due first,
     * after {@code after} when given.
     */
    List<Feedback> awaitingAnswer(Optional<PartnerId> partner, Optional<DuePosition> after, int limit);

    /** How many views are waiting for an answer (from {@code partner} when given), and how many of them are overdue on {@code today}. */
    AnswerBacklog answerBacklog(Optional<PartnerId> partner, LocalDate today);

    /** Views flagged as a safeguarding concern and not closed, newest first. */
    List<Feedback> safeguardingConcerns();

    /** The views whose contact details hold this email address. */
    List<Feedback> withContactEmail(EmailAddress email);

    /**
     * The views whose contact details hold this telephone number, however it was written there (see
     * {@link PhoneNumber#sameNumberAs}), oldest first.
     */
    List<Feedback> withContactPhone(PhoneNumber phone);

    /** The views given at a meeting, oldest first. */
    List<Feedback> givenAt(MeetingId meeting);

    /**
     * What the listening scorecard counts of the views received from {@code from} to {@code to} (both days
     * included), about {@code community} when given, else about anything.
     */
    ListeningTally listeningTally(Optional<CommunityId> community, LocalDate from, LocalDate to);

    /**
     * Where a view stands in an ordered list: for the moderation queue, the moment it was received; for published
     * views, the moment it was published; then its id to break ties.
     */
    record Position(Instant at, UUID id) {
    }

    /** The views linked to a change: how many, how many are published, and the latest published, latest first. */
    record LinkedViews(int linked, int published, List<FeedbackId> latestPublished) {
        public static final LinkedViews NONE = new LinkedViews(0, 0, List.of());

        public LinkedViews {
            latestPublished = List.copyOf(latestPublished);
        }
    }

    /** A view in brief: its reference, when it was received, and when it was published, if it is. */
    record InBrief(FeedbackId id, FeedbackReference reference, Instant receivedAt, Optional<Instant> publishedAt) {
    }

    /** Where a view stands in the list of views awaiting an answer: the day its answer is due, then its id. */
    record DuePosition(LocalDate dueOn, UUID id) {
    }

    /** How many views wait for an answer, and how many of those are past the day their answer was due. */
    record AnswerBacklog(int waiting, int overdue) {
    }

}
