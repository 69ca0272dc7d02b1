package org.bettercaretogether.persistence.privacy;

import org.bettercaretogether.application.privacy.ExpiredRecords;
import org.bettercaretogether.domain.feedback.Transition;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectLimitStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.API_TOKEN;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;
import static org.bettercaretogether.persistence.jooq.Tables.REGISTRATION;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_SESSION;
import static org.bettercaretogether.persistence.jooq.Tables.SUBMISSION_REPLAY;
import static org.bettercaretogether.persistence.jooq.Tables.SUBSCRIPTION;
import static org.bettercaretogether.persistence.jooq.Tables.UNSENT_RESPONSE;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

/**
 * The records kept for a time, removed from PostgreSQL once it is past. Each removal is one statement that picks at
 * most a batch, longest past its time first, through an index on that time (V13 added the ones the older migrations
 * lacked), and removes them; a view's contact details are emptied in place, and its history gains the step that says
 * so, in a second statement. Rows another transaction holds are passed over, for the next run, rather than waited for.
 */
public final class JooqExpiredRecords implements ExpiredRecords {


    private final DSLContext dsl;

    public JooqExpiredRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * {@inheritDoc} The view's version moves on, so that a member of staff who read it before cannot store it back
     * with the details; it no longer asks to be told, having no address to be told at.
     */
    @Override
    public int forgetContactOfViewsClosedBefore(Instant closedBefore, Instant now, int most) {
        var held = FEEDBACK.as("held");
        // Written as the partial index on closed views holding contact details is, so that the planner uses it.
        Condition holdsContactDetails = DSL.condition("num_nonnulls({0}, {1}, {2}) > 0", held.CONTACT_NAME,
                held.CONTACT_EMAIL, held.CONTACT_PHONE);
        List<UUID> forgotten = dsl.update(FEEDBACK)
                .setNull(FEEDBACK.CONTACT_NAME)
                .setNull(FEEDBACK.CONTACT_EMAIL)
                .setNull(FEEDBACK.CONTACT_PHONE)
                .set(FEEDBACK.CONSENT_TO_CONTACT, false)
                .set(FEEDBACK.VERSION, FEEDBACK.VERSION.plus(1))
                .where(FEEDBACK.ID.in(select(held.ID).from(held)
                        .where(held.CLOSED_AT.isNotNull(), held.CLOSED_AT.lt(time(closedBefore)), holdsContactDetails)
                        .orderBy(held.CLOSED_AT, held.ID)
                        .limit(most)
                        .forUpdate().skipLocked()))
                .returningResult(FEEDBACK.ID)
                .fetch(Record1::value1);
        if (!forgotten.isEmpty()) {
            var steps = FEEDBACK_TRANSITION.as("step");
            dsl.insertInto(FEEDBACK_TRANSITION, FEEDBACK_TRANSITION.FEEDBACK_ID, FEEDBACK_TRANSITION.POSITION,
                            FEEDBACK_TRANSITION.AT, FEEDBACK_TRANSITION.BY_STAFF_ID, FEEDBACK_TRANSITION.KIND,
                            FEEDBACK_TRANSITION.DETAIL)
                    .select(select(steps.FEEDBACK_ID, max(steps.POSITION).plus(1), val(time(now)),
                            DSL.castNull(UUID.class), inline(Transition.Kind.CONTACT_REMOVED.name()), inline(""))
                            .from(steps)
                            .where(steps.FEEDBACK_ID.in(forgotten))
                            .groupBy(steps.FEEDBACK_ID))
                    .execute();
        }
        return forgotten.size();
    }

    @Override
    public int removeRegistrationsOfMeetingsEndedBefore(Instant endedBefore, int most) {
        var held = REGISTRATION.as("held");
        return removeFirst(REGISTRATION.ID, held, select(held.ID).from(held)
                .join(MEETING).on(MEETING.ID.eq(held.MEETING_ID))
                .where(MEETING.ENDS_AT.lt(time(endedBefore)))
                .orderBy(MEETING.ENDS_AT, held.MEETING_ID, held.ARRIVAL), most);
    }

    @Override
    public int removeMailGivenUpBefore(Instant givenUpBefore, int most) {
        var held = OUTGOING_MAIL.as("held");
        return removeFirst(OUTGOING_MAIL.ID, held, select(held.ID).from(held)
                .where(held.GIVEN_UP_AT.isNotNull(), held.GIVEN_UP_AT.lt(time(givenUpBefore)))
                .orderBy(held.GIVEN_UP_AT, held.ID), most);
    }

    @Override
    public int removeAnswersForRetriesGivenBefore(Instant before, int most) {
        var held = SUBMISSION_REPLAY.as("held");
        return removeFirst(SUBMISSION_REPLAY.KEY_HASH, held, select(held.KEY_HASH).from(held)
                .where(held.RECORDED_AT.lt(time(before)))
                .orderBy(held.RECORDED_AT), most);
    }

    /** {@inheritDoc} Sessions past their end are read by their index; those merely idle, by a pass over the few left. */
    @Override
    public int removeSessionsEndedBy(Instant now, Duration idleTimeout, int most) {
        var held = STAFF_SESSION.as("held");
        return removeFirst(STAFF_SESSION.TOKEN_HASH, held, select(held.TOKEN_HASH).from(held)
                .where(held.EXPIRES_AT.le(time(now)).or(held.LAST_SEEN_AT.le(time(now.minus(idleTimeout))))), most);
    }

    @Override
    public int removeApiTokensEndedBefore(Instant endedBefore, int most) {
        var held = API_TOKEN.as("held");
        return removeFirst(API_TOKEN.ID, held, select(held.ID).from(held)
                .where(held.EXPIRES_AT.lt(time(endedBefore)).or(held.REVOKED_AT.lt(time(endedBefore)))), most);
    }

    @Override
    public int removeAnswersInProgressExpiredBy(Instant now, int most) {
        var held = UNSENT_RESPONSE.as("held");
        return removeFirst(UNSENT_RESPONSE.TOKEN_HASH, held, select(held.TOKEN_HASH).from(held)
                .where(held.EXPIRES_AT.le(time(now)))
                .orderBy(held.EXPIRES_AT), most);
    }

    /** {@inheritDoc} Read by the partial index of pending subscriptions, oldest first. */
    @Override
    public int removeUnconfirmedSubscriptionsAskedBefore(Instant askedBefore, int most) {
        var held = SUBSCRIPTION.as("held");
        return removeFirst(SUBSCRIPTION.ID, held, select(held.ID).from(held)
                .where(held.CONFIRMED_AT.isNull(), held.ASKED_AT.lt(time(askedBefore)))
                .orderBy(held.ASKED_AT), most);
    }

    /**
     * Removes the rows of {@code key}'s table whose key the first {@code most} rows of {@code due} give, as
     * {@code held} (the table under another name) holds them, passing over rows another transaction holds.
     */
    private <K> int removeFirst(TableField<?, K> key, Table<?> held, SelectLimitStep<Record1<K>> due, int most) {
        return dsl.deleteFrom(key.getTable())
                .where(key.in(due.limit(most).forUpdate().of(held).skipLocked()))
                .execute();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
