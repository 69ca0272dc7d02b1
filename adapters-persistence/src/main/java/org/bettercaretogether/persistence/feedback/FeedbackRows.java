package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.SafeguardingFlag;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackRecord;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackThemeRecord;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackTransitionRecord;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view as the rows that hold it: the one place where a {@link Feedback} becomes a row of {@code feedback}, rows of
 * {@code feedback_theme} (a set, in no order) and rows of {@code feedback_transition} (its history, by position).
 * The repository writes these rows one view at a time; a bulk writer streams them to the database in large batches.
 * The records are detached: they belong to no connection.
 */
public final class FeedbackRows {

    private static final String PENDING = "PENDING";
    private static final String PUBLISHED = "PUBLISHED";
    private static final String WITHHELD = "WITHHELD";

    private FeedbackRows() {
    }

    /** The view's row of {@code feedback}, every column set (to null where the view has nothing). */
    public static FeedbackRecord feedback(Feedback feedback) {
        FeedbackRecord row = new FeedbackRecord();
        row.setId(feedback.id().value());
        row.setReference(feedback.reference().value());
        Subject subject = feedback.subject();
        row.setSubjectKind(subject.kind());
        row.setCommunityId(subject instanceof Subject.AboutCommunity about ? about.community().value() : null);
        row.setWorkstreamId(subject instanceof Subject.AboutWorkstream about ? about.workstream().value() : null);
        row.setNetworkId(subject instanceof Subject.AboutNetwork about ? about.network().value() : null);
        row.setContributorRole(feedback.role().name());
        Origin origin = feedback.origin();
        row.setChannel(origin.channel().name());
        row.setReceivedOn(origin.receivedOn());
        row.setEventOrBatch(origin.eventOrBatch().orElse(null));
        row.setEnteredBy(origin.enteredBy().map(StaffMemberId::value).orElse(null));
        row.setMeetingId(origin.meeting().map(MeetingId::value).orElse(null));
        row.setOriginalText(feedback.text().map(ViewText::value).orElse(null));
        ContactDetails contact = feedback.contact();
        row.setContactName(contact.name().orElse(null));
        row.setContactEmail(contact.email().map(EmailAddress::value).orElse(null));
        row.setContactPhone(contact.phone().map(PhoneNumber::value).orElse(null));
        row.setConsentToContact(feedback.consent().toContact());
        row.setConsentToPublish(feedback.consent().toPublish());
        row.setPostcodeDistrict(feedback.postcodeDistrict().map(PostcodeDistrict::value).orElse(null));
        row.setTrackingTokenHash(feedback.trackingTokenHash());
        row.setReceivedAt(time(feedback.receivedAt()));
        moderationColumns(row, feedback.moderation());
        Optional<Assignment> assignment = feedback.assignment();
        row.setAssignedPartnerId(assignment.map(given -> given.partner().value()).orElse(null));
        row.setAnswerDueOn(assignment.map(Assignment::dueOn).orElse(null));
        row.setAssignedAt(assignment.map(given -> time(given.at())).orElse(null));
        row.setAssignedBy(assignment.map(given -> given.by().value()).orElse(null));
        Optional<Response> response = feedback.response();
        row.setResponsePartnerId(response.map(answer -> answer.partner().value()).orElse(null));
        row.setResponseText(response.map(Response::text).orElse(null));
        row.setRespondedAt(response.map(answer -> time(answer.at())).orElse(null));
        row.setRespondedBy(response.map(answer -> answer.by().value()).orElse(null));
        Optional<Closure> closure = feedback.closure();
        row.setClosedAt(closure.map(ending -> time(ending.at())).orElse(null));
        row.setClosedBy(closure.map(ending -> ending.by().value()).orElse(null));
        row.setClosureReason(closure.flatMap(Closure::reason).orElse(null));
        Optional<SafeguardingFlag> safeguarding = feedback.safeguarding();
        row.setSafeguardingFlaggedAt(safeguarding.map(flag -> time(flag.at())).orElse(null));
        row.setSafeguardingFlaggedBy(safeguarding.map(flag -> flag.by().value()).orElse(null));
        row.setSafeguardingNote(safeguarding.map(SafeguardingFlag::note).orElse(null));
        row.setErasedAt(feedback.erasedAt().map(FeedbackRows::time).orElse(null));
        row.setVersion(feedback.version());
        return row;
    }

    /** The rows of {@code feedback_theme}: one for each theme the view is tagged with. */
    public static List<FeedbackThemeRecord> themes(Feedback feedback) {
        return feedback.themes().stream()
                .map(theme -> new FeedbackThemeRecord(feedback.id().value(), theme.value()))
                .toList();
    }

    /** The rows of {@code feedback_transition} for the steps of the view's history from position {@code from} on. */
    public static List<FeedbackTransitionRecord> transitions(Feedback feedback, int from) {
        List<Transition> history = feedback.history();
        List<FeedbackTransitionRecord> rows = new ArrayList<>(Math.max(0, history.size() - from));
        for (int position = from; position < history.size(); position++) {
            Transition step = history.get(position);
            rows.add(new FeedbackTransitionRecord(feedback.id().value(), position, time(step.at()),
                    step.by().map(StaffMemberId::value).orElse(null), step.kind().name(), step.detail()));
        }
        return rows;
    }

    private static void moderationColumns(FeedbackRecord row, Moderation moderation) {
        switch (moderation) {
            case Moderation.Pending pending -> row.setModeration(PENDING);
            case Moderation.Published published -> {
                row.setModeration(PUBLISHED);
                row.setPublicText(published.text().value());
                row.setPublishedAt(time(published.at()));
                row.setPublishedBy(published.by().value());
            }
            case Moderation.Withheld withheld -> {
                row.setModeration(WITHHELD);
                row.setWithholdReason(withheld.reason().name());
                row.setWithholdNote(withheld.note().orElse(null));
                row.setWithheldAt(time(withheld.at()));
                row.setWithheldBy(withheld.by().value());
            }
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
