package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.feedback.SubmissionReplays;
import org.bettercaretogether.persistence.jooq.tables.records.SubmissionReplayRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.bettercaretogether.persistence.jooq.Tables.SUBMISSION_REPLAY;

/**
 * The answers kept for retried submissions in the {@code submission_replay} table, under the hash of their
 * idempotency key. Each method is one statement, joining the caller's transaction if there is one. Recording is one
 * {@code INSERT ... ON CONFLICT DO NOTHING}: when another transaction has inserted the same key and not finished,
 * PostgreSQL waits for it, then inserts nothing if it committed, so of two requests racing with one key exactly one
 * records its answer. Times keep PostgreSQL's precision, microseconds. The rows become replays in {@link #replay} and
 * replays become rows in {@link #replayRow}, nowhere else. A refused write names the constraint only, never the
 * tracking token (see {@link DatabaseRefusal}).
 */
public final class JooqSubmissionReplays implements SubmissionReplays {

    private final DSLContext dsl;

    public JooqSubmissionReplays(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Replay> find(String keyHash) {
        return dsl.select(SUBMISSION_REPLAY.KEY_HASH, SUBMISSION_REPLAY.FINGERPRINT, SUBMISSION_REPLAY.REFERENCE,
                        SUBMISSION_REPLAY.TRACKING_TOKEN, SUBMISSION_REPLAY.RECORDED_AT)
                .from(SUBMISSION_REPLAY)
                .where(SUBMISSION_REPLAY.KEY_HASH.eq(keyHash))
                .fetchOptional(Records.mapping(JooqSubmissionReplays::replay));
    }

    @Override
    public boolean record(Replay replay) {
        return recordAll(List.of(replay)).contains(replay.keyHash());
    }

    /** {@inheritDoc} One statement records them all. */
    @Override
    public Set<String> recordAll(List<Replay> replays) {
        if (replays.isEmpty()) {
            return Set.of();
        }
        InsertSetMoreStep<SubmissionReplayRecord> rows = dsl.insertInto(SUBMISSION_REPLAY)
                .set(replayRow(replays.getFirst()));
        for (Replay replay : replays.subList(1, replays.size())) {
            rows = rows.newRecord().set(replayRow(replay));
        }
        try {
            return Set.copyOf(rows.onConflictDoNothing().returning(SUBMISSION_REPLAY.KEY_HASH).fetch()
                    .getValues(SUBMISSION_REPLAY.KEY_HASH));
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("recording the answers to submissions");
        }
    }

    @Override
    public int forgetBefore(Instant before) {
        return dsl.deleteFrom(SUBMISSION_REPLAY).where(SUBMISSION_REPLAY.RECORDED_AT.lt(time(before))).execute();
    }

    // Rows to replays -------------------------------------------------------------------------------------------

    private static Replay replay(String keyHash, String fingerprint, String reference, String trackingToken,
                                 OffsetDateTime at) {
        return new Replay(keyHash, fingerprint, reference, trackingToken, at.toInstant());
    }

    // Replays to rows -------------------------------------------------------------------------------------------

    private SubmissionReplayRecord replayRow(Replay replay) {
        SubmissionReplayRecord row = dsl.newRecord(SUBMISSION_REPLAY);
        row.setKeyHash(replay.keyHash());
        row.setFingerprint(replay.fingerprint());
        row.setReference(replay.reference());
        row.setTrackingToken(replay.trackingToken());
        row.setRecordedAt(time(replay.at()));
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
