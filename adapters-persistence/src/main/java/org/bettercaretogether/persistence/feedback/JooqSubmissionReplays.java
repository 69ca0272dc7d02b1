package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.bettercaretogether.persistence.shared.DirectStatement;
import org.bettercaretogether.persistence.shared.UnnestedRows;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.bettercaretogether.persistence.jooq.Tables.SUBMISSION_REPLAY;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.select;

/**
 * The answers kept for retried submissions in the {@code submission_replay} table, under the hash of their
 * idempotency key. Each method is one statement, joining the caller's transaction if there is one. Recording is one
 * {@code INSERT ... ON CONFLICT DO NOTHING}: when another transaction has inserted the same key and not finished,
 * PostgreSQL waits for it, then inserts nothing if it committed, so of two requests racing with one key exactly one
 * records its answer. Times keep PostgreSQL's precision, microseconds. The rows become replays in {@link #replay} and
 * replays become rows in {@code replayRow}, nowhere else. A refused write names the constraint only, never the
 * tracking token (see {@link DatabaseRefusal}).
 */
public final class JooqSubmissionReplays implements SubmissionReplays {

    /** The columns {@link #replayRow} gives values for, in its order. */
    private static final UnnestedRows RECORDED = UnnestedRows.of("replay", List.of(SUBMISSION_REPLAY.KEY_HASH,
            SUBMISSION_REPLAY.FINGERPRINT, SUBMISSION_REPLAY.REFERENCE, SUBMISSION_REPLAY.SEALED_TOKEN,
            SUBMISSION_REPLAY.RECORDED_AT));

    private final DSLContext dsl;
    /** Run for every view received: rendered once and run past jOOQ (see {@link DirectStatement}). */
    private final DirectStatement recordAll;

    public JooqSubmissionReplays(DSLContext dsl) {
        this.dsl = dsl;
        this.recordAll = DirectStatement.of(dsl, insertInto(SUBMISSION_REPLAY).columns(RECORDED.columns())
                .select(select(RECORDED.fields()).from(RECORDED.table()))
                .onConflictDoNothing()
                .returning(SUBMISSION_REPLAY.KEY_HASH), true);
    }

    @Override
    public Optional<Replay> find(String keyHash) {
        return dsl.select(SUBMISSION_REPLAY.KEY_HASH, SUBMISSION_REPLAY.FINGERPRINT, SUBMISSION_REPLAY.REFERENCE,
                        SUBMISSION_REPLAY.SEALED_TOKEN, SUBMISSION_REPLAY.RECORDED_AT)
                .from(SUBMISSION_REPLAY)
                .where(SUBMISSION_REPLAY.KEY_HASH.eq(keyHash))
                .fetchOptional(Records.mapping(JooqSubmissionReplays::replay));
    }

    @Override
    public boolean record(Replay replay) {
        return recordAll(List.of(replay)).contains(replay.keyHash());
    }

    /** {@inheritDoc} One statement records them all, its text the same for any number (see {@link UnnestedRows}). */
    @Override
    public Set<String> recordAll(List<Replay> replays) {
        if (replays.isEmpty()) {
            return Set.of();
        }
        List<Object[]> rows = replays.stream().map(JooqSubmissionReplays::replayRow).toList();
        try {
            return Set.copyOf(recordAll.fetch(dsl, RECORDED.values(rows), row -> row.getString(1)));
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("recording the answers to submissions");
        }
    }

    @Override
    public int forgetBefore(Instant before) {
        return dsl.deleteFrom(SUBMISSION_REPLAY).where(SUBMISSION_REPLAY.RECORDED_AT.lt(time(before))).execute();
    }

    // Rows to replays -------------------------------------------------------------------------------------------

    private static Replay replay(String keyHash, String fingerprint, String reference, String sealedToken,
                                 OffsetDateTime at) {
        return new Replay(keyHash, fingerprint, reference, sealedToken, at.toInstant());
    }

    // Replays to rows -------------------------------------------------------------------------------------------

    private static Object[] replayRow(Replay replay) {
        return new Object[]{replay.keyHash(), replay.fingerprint(), replay.reference(), replay.sealedToken(),
                time(replay.at())};
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
