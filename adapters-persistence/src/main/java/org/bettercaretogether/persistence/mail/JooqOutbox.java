package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.bettercaretogether.persistence.shared.DirectStatement;
import org.bettercaretogether.persistence.shared.UnnestedRows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

/**
 * The outbox in the {@code outgoing_mail} table. Each method is one statement, joining the caller's transaction if
 * there is one and committing on its own otherwise: a message is added in the transaction of the change it tells of,
 * and the delivery claims and marks messages outside any, so that nothing stays locked while a message goes out.
 *
 * <p>Claiming is one {@code UPDATE} of the rows a {@code SELECT ... FOR UPDATE SKIP LOCKED} picks, oldest due first,
 * setting their {@code claimed_until}: two nodes claiming at once skip each other's rows, and a claimed row is not
 * picked again before its claim runs out. Marking a message sent deletes its row; a failure or giving up on it is one
 * {@code UPDATE} that ends the claim. Times keep PostgreSQL's precision, microseconds. The rows become messages in
 * {@link #mail} and {@link #undeliveredMail}, and messages become rows in {@link #mailRow}, nowhere else. A refused
 * write names the constraint only, never the address or the words (see {@link DatabaseRefusal}).
 */
public final class JooqOutbox implements Outbox {

    private static final Condition STILL_TO_BE_SENT = OUTGOING_MAIL.GIVEN_UP_AT.isNull();
    private static final Condition GIVEN_UP_ON = OUTGOING_MAIL.GIVEN_UP_AT.isNotNull();

    /** The columns {@link #mailRow} gives values for, in its order. */
    private static final UnnestedRows ADDED = UnnestedRows.of("mail", List.of(OUTGOING_MAIL.ID,
            OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.BODY, OUTGOING_MAIL.CREATED_AT,
            OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.DUE_AT, OUTGOING_MAIL.UNSUBSCRIBE_ADDRESS));

    private final DSLContext dsl;
    /** The statements run once per message or per change, rendered once (see {@link UnnestedRows}). */
    /** The statements run for every message, rendered once and run past jOOQ (see {@link DirectStatement}). */
    private final DirectStatement addAll;
    private final DirectStatement claim;
    private final DirectStatement sent;

    public JooqOutbox(DSLContext dsl) {
        this.dsl = dsl;
        this.addAll = DirectStatement.of(dsl, insertInto(OUTGOING_MAIL).columns(ADDED.columns())
                .select(select(ADDED.fields()).from(ADDED.table())), true);
        this.claim = DirectStatement.of(dsl, claimDue(), true);
        this.sent = DirectStatement.of(dsl,
                dsl.deleteFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ID.eq(param("id", UUID.class))), true);
    }

    /**
     * Claims the oldest {@code limit} messages due by {@code now}, unclaimed or whose claim ran out by then, until
     * {@code claimedUntil}; two nodes claiming at once skip each other's rows.
     */
    private static Query claimDue() {
        Field<OffsetDateTime> now = param("now", OffsetDateTime.class);
        var claimable = select(OUTGOING_MAIL.ID).from(OUTGOING_MAIL)
                .where(STILL_TO_BE_SENT, OUTGOING_MAIL.DUE_AT.le(now),
                        OUTGOING_MAIL.CLAIMED_UNTIL.isNull().or(OUTGOING_MAIL.CLAIMED_UNTIL.le(now)))
                .orderBy(OUTGOING_MAIL.DUE_AT, OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ID)
                .limit(param("limit", Integer.class))
                .forUpdate()
                .skipLocked();
        return DSL.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.CLAIMED_UNTIL, param("claimedUntil", OffsetDateTime.class))
                .where(OUTGOING_MAIL.ID.in(claimable))
                .returningResult(OUTGOING_MAIL.ID, OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.BODY,
                        OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.DUE_AT,
                        OUTGOING_MAIL.UNSUBSCRIBE_ADDRESS);
    }

    @Override
    public void add(OutgoingMail mail) {
        addAll(List.of(mail));
    }

    /** {@inheritDoc} One statement adds them all. */
    @Override
    public void addAll(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        List<Object[]> rows = mails.stream().map(JooqOutbox::mailRow).toList();
        try {
            addAll.execute(dsl, ADDED.values(rows));
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("storing messages in the outbox");
        }
    }

    /** {@inheritDoc} Messages due at the same moment come oldest written first, then by id. */
    @Override
    public List<OutgoingMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        // RETURNING gives the rows in no particular order: they are put back in the order they were picked.
        return claim.fetch(dsl, Map.of("now", time(now), "limit", limit, "claimedUntil", time(claimedUntil)),
                        row -> mail(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                                row.getObject(5, OffsetDateTime.class), row.getInt(6),
                                row.getObject(7, OffsetDateTime.class), row.getString(8)))
                .stream()
                .sorted(Comparator.comparing(OutgoingMail::dueAt).thenComparing(OutgoingMail::createdAt)
                        .thenComparing(mail -> mail.id().toString()))
                .toList();
    }

    @Override
    public void sent(UUID id) {
        sent.execute(dsl, Map.of("id", id));
    }

    @Override
    public void failed(UUID id, int attempts, Instant retryAt, String reason) {
        attempted(id, attempts, reason, OUTGOING_MAIL.DUE_AT, retryAt);
    }

    @Override
    public void giveUp(UUID id, int attempts, Instant at, String reason) {
        attempted(id, attempts, reason, OUTGOING_MAIL.GIVEN_UP_AT, at);
    }

    /** Counts a failed attempt, ends the claim and sets {@code next} (when it is due again, or given up on). */
    private void attempted(UUID id, int attempts, String reason, Field<OffsetDateTime> next, Instant at) {
        dsl.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.ATTEMPTS, attempts)
                .set(OUTGOING_MAIL.LAST_FAILURE, reason)
                .setNull(OUTGOING_MAIL.CLAIMED_UNTIL)
                .set(next, time(at))
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    @Override
    public void release(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            dsl.update(OUTGOING_MAIL).setNull(OUTGOING_MAIL.CLAIMED_UNTIL).where(OUTGOING_MAIL.ID.in(ids)).execute();
        }
    }

    /** {@inheritDoc} Read by the partial index on the time given up, newest first. */
    @Override
    public List<UndeliveredMail> undelivered(Optional<UndeliveredPosition> after, int limit) {
        Condition afterPosition = after.map(position -> DSL.row(OUTGOING_MAIL.GIVEN_UP_AT, OUTGOING_MAIL.ID)
                .lt(time(position.givenUpAt()), position.id())).orElse(DSL.noCondition());
        return dsl.select(OUTGOING_MAIL.ID, OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.CREATED_AT,
                        OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.GIVEN_UP_AT, OUTGOING_MAIL.LAST_FAILURE)
                .from(OUTGOING_MAIL)
                .where(GIVEN_UP_ON, afterPosition)
                .orderBy(OUTGOING_MAIL.GIVEN_UP_AT.desc(), OUTGOING_MAIL.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(JooqOutbox::undeliveredMail));
    }

    /** {@inheritDoc} One statement: the row as it was comes back from a self-join on the row updated. */
    @Override
    public Optional<UndeliveredMail> sendAgain(UUID id, Instant now) {
        var before = OUTGOING_MAIL.as("before");
        return dsl.update(OUTGOING_MAIL)
                .setNull(OUTGOING_MAIL.GIVEN_UP_AT)
                .set(OUTGOING_MAIL.ATTEMPTS, 0)
                .set(OUTGOING_MAIL.DUE_AT, time(now))
                .from(before)
                .where(OUTGOING_MAIL.ID.eq(id), GIVEN_UP_ON, before.ID.eq(OUTGOING_MAIL.ID))
                .returningResult(before.ID, before.RECIPIENT, before.SUBJECT, before.CREATED_AT, before.ATTEMPTS,
                        before.GIVEN_UP_AT, before.LAST_FAILURE)
                .fetchOptional(Records.mapping(JooqOutbox::undeliveredMail));
    }

    /** {@inheritDoc} Messages waiting and undelivered alike: erasure leaves no message to the person. */
    @Override
    public int forget(EmailAddress to) {
        return dsl.deleteFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.RECIPIENT.eq(to.value())).execute();
    }

    /** {@inheritDoc} Read by the index on the recipient. */
    @Override
    public List<HeldMail> heldFor(EmailAddress to) {
        return dsl.select(OUTGOING_MAIL.ID, OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.BODY,
                        OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.DUE_AT,
                        OUTGOING_MAIL.UNSUBSCRIBE_ADDRESS, OUTGOING_MAIL.GIVEN_UP_AT)
                .from(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.RECIPIENT.eq(to.value()))
                .orderBy(OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ID)
                .fetch(row -> new HeldMail(mail(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8()),
                        Optional.ofNullable(row.value9()).map(OffsetDateTime::toInstant)));
    }

    @Override
    public int waiting() {
        return dsl.fetchCount(OUTGOING_MAIL, STILL_TO_BE_SENT);
    }

    /** {@inheritDoc} One pass over the table, whatever the backlog. */
    @Override
    public OutboxBacklog backlog(Instant now) {
        Record3<Integer, OffsetDateTime, Integer> counts = dsl.select(
                        DSL.count().filterWhere(STILL_TO_BE_SENT),
                        DSL.min(OUTGOING_MAIL.CREATED_AT).filterWhere(STILL_TO_BE_SENT),
                        DSL.count().filterWhere(GIVEN_UP_ON))
                .from(OUTGOING_MAIL)
                .fetchSingle();
        Duration oldestWaiting = Optional.ofNullable(counts.value2())
                .map(oldest -> Duration.between(oldest.toInstant(), now))
                .filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
        return new OutboxBacklog(counts.value1(), oldestWaiting, counts.value3());
    }

    // Rows to messages ------------------------------------------------------------------------------------------

    private static OutgoingMail mail(UUID id, String recipient, String subject, String body, OffsetDateTime createdAt,
                                     Integer attempts, OffsetDateTime dueAt, String unsubscribe) {
        return new OutgoingMail(id, new EmailAddress(recipient), subject, body, createdAt.toInstant(), attempts,
                dueAt.toInstant(), Optional.ofNullable(unsubscribe).map(URI::create));
    }

    private static UndeliveredMail undeliveredMail(UUID id, String recipient, String subject, OffsetDateTime createdAt,
                                               Integer attempts, OffsetDateTime givenUpAt, String reason) {
        return new UndeliveredMail(id, new EmailAddress(recipient), subject, createdAt.toInstant(), attempts,
                givenUpAt.toInstant(), reason);
    }

    // Messages to rows ------------------------------------------------------------------------------------------

    /** A message's values, in the order of {@link #ADDED}'s columns. */
    private static Object[] mailRow(OutgoingMail mail) {
        return new Object[]{mail.id(), mail.to().value(), mail.subject(), mail.body(), time(mail.createdAt()),
                mail.attempts(), time(mail.dueAt()), mail.unsubscribe().map(URI::toString).orElse(null)};
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
