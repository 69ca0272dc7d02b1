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
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackRecord;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackThemeRecord;
import org.bettercaretogether.persistence.jooq.tables.records.FeedbackTransitionRecord;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;

/**
 * A view as the rows that hold it: the one place where a {@link Feedback} becomes a row of {@code feedback}, rows of
 * {@code feedback_theme} (a set, in no order) and rows of {@code feedback_transition} (its history, by position).
 * The repository writes these rows one view at a time; a bulk writer streams them to the database in large batches.
 * The records are detached: they belong to no connection. The same rows come as plain values too, in the order of
 * the table's fields, for writers that stream many rows and need no record.
 */
public final class FeedbackRows {

    private static final String PENDING = "PENDING";
    private static final String PUBLISHED = "PUBLISHED";
    private static final String WITHHELD = "WITHHELD";

    private static final Map<Field<?>, Integer> FEEDBACK_FIELDS = positions(FEEDBACK);
    private static final Map<Field<?>, Integer> THEME_FIELDS = positions(FEEDBACK_THEME);
    private static final Map<Field<?>, Integer> TRANSITION_FIELDS = positions(FEEDBACK_TRANSITION);

    private FeedbackRows() {
    }

    /** The view's row of {@code feedback}, every column set (to null where the view has nothing). */
    public static FeedbackRecord feedback(Feedback feedback) {
        FeedbackRecord row = new FeedbackRecord();
        row.fromArray(feedbackValues(feedback));
        return row;
    }

    /** The rows of {@code feedback_theme}: one for each theme the view is tagged with. */
    public static List<FeedbackThemeRecord> themes(Feedback feedback) {
        return themeValues(feedback).stream().map(values -> {
            FeedbackThemeRecord row = new FeedbackThemeRecord();
            row.fromArray(values);
            return row;
        }).toList();
    }

    /** The rows of {@code feedback_transition} for the steps of the view's history from position {@code from} on. */
    public static List<FeedbackTransitionRecord> transitions(Feedback feedback, int from) {
        return transitionValues(feedback, from).stream().map(values -> {
            FeedbackTransitionRecord row = new FeedbackTransitionRecord();
            row.fromArray(values);
            return row;
        }).toList();
    }

    /**
     * The view's row of {@code feedback} as values in the order of the table's fields: the mapping itself, which
     * {@link #feedback} wraps in a record. A bulk writer takes the values as they are, which costs far less than a
     * record for each of a million rows.
     */
    public static Object[] feedbackValues(Feedback feedback) {
        Values row = new Values(FEEDBACK_FIELDS);
        row.set(FEEDBACK.ID, feedback.id().value());
        row.set(FEEDBACK.REFERENCE, feedback.reference().value());
        Subject subject = feedback.subject();
        row.set(FEEDBACK.SUBJECT_KIND, subject.kind());
        row.set(FEEDBACK.COMMUNITY_ID, subject instanceof Subject.AboutCommunity about ? about.community().value() : null);
        row.set(FEEDBACK.WORKSTREAM_ID, subject instanceof Subject.AboutWorkstream about ? about.workstream().value() : null);
        row.set(FEEDBACK.NETWORK_ID, subject instanceof Subject.AboutNetwork about ? about.network().value() : null);
        row.set(FEEDBACK.CONTRIBUTOR_ROLE, feedback.role().name());
        Origin origin = feedback.origin();
        row.set(FEEDBACK.CHANNEL, origin.channel().name());
        row.set(FEEDBACK.RECEIVED_ON, origin.receivedOn());
        row.set(FEEDBACK.EVENT_OR_BATCH, origin.eventOrBatch().orElse(null));
        row.set(FEEDBACK.ENTERED_BY, origin.enteredBy().map(StaffMemberId::value).orElse(null));
        row.set(FEEDBACK.MEETING_ID, origin.meeting().map(MeetingId::value).orElse(null));
        row.set(FEEDBACK.ORIGINAL_TEXT, feedback.text().map(ViewText::value).orElse(null));
        ContactDetails contact = feedback.contact();
        row.set(FEEDBACK.CONTACT_NAME, contact.name().orElse(null));
        row.set(FEEDBACK.CONTACT_EMAIL, contact.email().map(EmailAddress::value).orElse(null));
        row.set(FEEDBACK.CONTACT_PHONE, contact.phone().map(PhoneNumber::value).orElse(null));
        row.set(FEEDBACK.CONSENT_TO_CONTACT, feedback.consent().toContact());
        row.set(FEEDBACK.CONSENT_TO_PUBLISH, feedback.consent().toPublish());
        row.set(FEEDBACK.POSTCODE_DISTRICT, feedback.postcodeDistrict().map(PostcodeDistrict::value).orElse(null));
        row.set(FEEDBACK.TRACKING_TOKEN_HASH, feedback.trackingTokenHash());
        row.set(FEEDBACK.RECEIVED_AT, time(feedback.receivedAt()));
        moderationColumns(row, feedback.moderation());
        Optional<Assignment> assignment = feedback.assignment();
        row.set(FEEDBACK.ASSIGNED_PARTNER_ID, assignment.map(given -> given.partner().value()).orElse(null));
        row.set(FEEDBACK.ANSWER_DUE_ON, assignment.map(Assignment::dueOn).orElse(null));
        row.set(FEEDBACK.ASSIGNED_AT, assignment.map(given -> time(given.at())).orElse(null));
        row.set(FEEDBACK.ASSIGNED_BY, assignment.map(given -> given.by().value()).orElse(null));
        Optional<Response> response = feedback.response();
        row.set(FEEDBACK.RESPONSE_PARTNER_ID, response.map(answer -> answer.partner().value()).orElse(null));
        row.set(FEEDBACK.RESPONSE_TEXT, response.map(Response::text).orElse(null));
        row.set(FEEDBACK.RESPONDED_AT, response.map(answer -> time(answer.at())).orElse(null));
        row.set(FEEDBACK.RESPONDED_BY, response.map(answer -> answer.by().value()).orElse(null));
        Optional<Closure> closure = feedback.closure();
        row.set(FEEDBACK.CLOSED_AT, closure.map(ending -> time(ending.at())).orElse(null));
        row.set(FEEDBACK.CLOSED_BY, closure.map(ending -> ending.by().value()).orElse(null));
        row.set(FEEDBACK.CLOSURE_REASON, closure.flatMap(Closure::reason).orElse(null));
        Optional<SafeguardingFlag> safeguarding = feedback.safeguarding();
        row.set(FEEDBACK.SAFEGUARDING_FLAGGED_AT, safeguarding.map(flag -> time(flag.at())).orElse(null));
        row.set(FEEDBACK.SAFEGUARDING_FLAGGED_BY, safeguarding.map(flag -> flag.by().value()).orElse(null));
        row.set(FEEDBACK.SAFEGUARDING_NOTE, safeguarding.map(SafeguardingFlag::note).orElse(null));
        row.set(FEEDBACK.ERASED_AT, feedback.erasedAt().map(FeedbackRows::time).orElse(null));
        row.set(FEEDBACK.VERSION, feedback.version());
        return row.values();
    }

    /** The rows of {@code feedback_theme} as values in the order of the table's fields. */
    public static List<Object[]> themeValues(Feedback feedback) {
        List<Object[]> rows = new ArrayList<>(feedback.themes().size());
        for (ThemeId theme : feedback.themes()) {
            Values row = new Values(THEME_FIELDS);
            row.set(FEEDBACK_THEME.FEEDBACK_ID, feedback.id().value());
            row.set(FEEDBACK_THEME.THEME_ID, theme.value());
            rows.add(row.values());
        }
        return rows;
    }

    /** The rows of {@code feedback_transition} from position {@code from} on, as values in the table's order. */
    public static List<Object[]> transitionValues(Feedback feedback, int from) {
        List<Transition> history = feedback.history();
        List<Object[]> rows = new ArrayList<>(Math.max(0, history.size() - from));
        for (int position = from; position < history.size(); position++) {
            Transition step = history.get(position);
            Values row = new Values(TRANSITION_FIELDS);
            row.set(FEEDBACK_TRANSITION.FEEDBACK_ID, feedback.id().value());
            row.set(FEEDBACK_TRANSITION.POSITION, position);
            row.set(FEEDBACK_TRANSITION.AT, time(step.at()));
            row.set(FEEDBACK_TRANSITION.BY_STAFF_ID, step.by().map(StaffMemberId::value).orElse(null));
            row.set(FEEDBACK_TRANSITION.KIND, step.kind().name());
            row.set(FEEDBACK_TRANSITION.DETAIL, step.detail());
            rows.add(row.values());
        }
        return rows;
    }

    private static void moderationColumns(Values row, Moderation moderation) {
        switch (moderation) {
            case Moderation.Pending pending -> row.set(FEEDBACK.MODERATION, PENDING);
            case Moderation.Published published -> {
                row.set(FEEDBACK.MODERATION, PUBLISHED);
                row.set(FEEDBACK.PUBLIC_TEXT, published.text().value());
                row.set(FEEDBACK.PUBLISHED_AT, time(published.at()));
                row.set(FEEDBACK.PUBLISHED_BY, published.by().value());
            }
            case Moderation.Withheld withheld -> {
                row.set(FEEDBACK.MODERATION, WITHHELD);
                row.set(FEEDBACK.WITHHOLD_REASON, withheld.reason().name());
                row.set(FEEDBACK.WITHHOLD_NOTE, withheld.note().orElse(null));
                row.set(FEEDBACK.WITHHELD_AT, time(withheld.at()));
                row.set(FEEDBACK.WITHHELD_BY, withheld.by().value());
            }
        }
    }

    /** Where each field of a table is among its fields, found once. */
    private static Map<Field<?>, Integer> positions(Table<?> table) {
        Map<Field<?>, Integer> positions = new IdentityHashMap<>();
        Field<?>[] fields = table.fields();
        for (int i = 0; i < fields.length; i++) {
            positions.put(fields[i], i);
        }
        return positions;
    }

    /** The values of one row, each put where its field is; a column not set stays null. */
    private static final class Values {

        private final Map<Field<?>, Integer> positions;
        private final Object[] values;

        Values(Map<Field<?>, Integer> positions) {
            this.positions = positions;
            this.values = new Object[positions.size()];
        }

        <T> void set(TableField<?, T> field, T value) {
            values[positions.get(field)] = value;
        }

        Object[] values() {
            return values;
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
