package org.bettercaretogether.persistence.mail;

import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.jooq.tables.records.OutgoingMailRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.OUTGOING_MAIL;

/**
 * The outbox in the {@code outgoing_mail} table. Each method is one statement, joining the caller's transaction:
 * a message is added in the transaction of the change it tells of. Claiming is
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, oldest due first: the rows stay locked until the caller's transaction
 * ends, and a node claiming meanwhile skips them, so two nodes never send the same message at once (outside a
 * transaction the lock ends with the statement). Times keep PostgreSQL's precision, microseconds. The rows become
 * messages in {@link #mail} and messages become rows in {@link #mailRow}, nowhere else. A refused write names the
 * constraint only, never the address or the words (see {@link DatabaseRefusal}).
 */
public final class JooqOutbox implements Outbox {

    private final DSLContext dsl;

    public JooqOutbox(DSLContext dsl) {
        this.dsl = dsl;
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
        InsertSetMoreStep<OutgoingMailRecord> rows = dsl.insertInto(OUTGOING_MAIL).set(mailRow(mails.getFirst()));
        for (OutgoingMail mail : mails.subList(1, mails.size())) {
            rows = rows.newRecord().set(mailRow(mail));
        }
        try {
            rows.execute();
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("storing messages in the outbox");
        }
    }

    /** {@inheritDoc} Messages due at the same moment come oldest written first. */
    @Override
    public List<OutgoingMail> claimDue(Instant now, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        return dsl.select(OUTGOING_MAIL.ID, OUTGOING_MAIL.RECIPIENT, OUTGOING_MAIL.SUBJECT, OUTGOING_MAIL.BODY,
                        OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ATTEMPTS, OUTGOING_MAIL.DUE_AT)
                .from(OUTGOING_MAIL)
                .where(OUTGOING_MAIL.DUE_AT.le(time(now)))
                .orderBy(OUTGOING_MAIL.DUE_AT, OUTGOING_MAIL.CREATED_AT, OUTGOING_MAIL.ID)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(Records.mapping(JooqOutbox::mail));
    }

    @Override
    public void sent(Collection<UUID> ids) {
        dsl.deleteFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.ID.in(ids)).execute();
    }

    @Override
    public void failed(UUID id, int attempts, Instant retryAt) {
        dsl.update(OUTGOING_MAIL)
                .set(OUTGOING_MAIL.ATTEMPTS, attempts)
                .set(OUTGOING_MAIL.DUE_AT, time(retryAt))
                .where(OUTGOING_MAIL.ID.eq(id))
                .execute();
    }

    @Override
    public int forget(EmailAddress to) {
        return dsl.deleteFrom(OUTGOING_MAIL).where(OUTGOING_MAIL.RECIPIENT.eq(to.value())).execute();
    }

    @Override
    public int waiting() {
        return dsl.fetchCount(OUTGOING_MAIL);
    }

    // Rows to messages ------------------------------------------------------------------------------------------

    private static OutgoingMail mail(UUID id, String recipient, String subject, String body, OffsetDateTime createdAt,
                                     Integer attempts, OffsetDateTime dueAt) {
        return new OutgoingMail(id, new EmailAddress(recipient), subject, body, createdAt.toInstant(), attempts,
                dueAt.toInstant());
    }

    // Messages to rows ------------------------------------------------------------------------------------------

    private OutgoingMailRecord mailRow(OutgoingMail mail) {
        OutgoingMailRecord row = dsl.newRecord(OUTGOING_MAIL);
        row.setId(mail.id());
        row.setRecipient(mail.to().value());
        row.setSubject(mail.subject());
        row.setBody(mail.body());
        row.setCreatedAt(time(mail.createdAt()));
        row.setAttempts(mail.attempts());
        row.setDueAt(time(mail.dueAt()));
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
