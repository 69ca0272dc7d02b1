package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.application.staff.StaffSessions;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.StaffSessionRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.STAFF_SESSION;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;

/**
 * The staff's sessions in the {@code staff_session} table, one row per session under the hash of its token. Each
 * method is one statement, joining the caller's transaction if there is one. Times keep PostgreSQL's precision,
 * microseconds. The rows become sessions in {@link #session} and sessions become rows in {@link #sessionRow},
 * nowhere else. A refused write names the constraint only, never the hash (see {@link DatabaseRefusal}).
 */
public final class JooqStaffSessions implements StaffSessions {

    private final DSLContext dsl;

    public JooqStaffSessions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(StaffSession session) {
        try {
            dsl.insertInto(STAFF_SESSION).set(sessionRow(session)).execute();
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("storing a staff session");
        }
    }

    @Override
    public Optional<StaffSession> find(String tokenHash) {
        return dsl.select(STAFF_SESSION.TOKEN_HASH, STAFF_SESSION.STAFF_MEMBER_ID, STAFF_SESSION.CSRF_TOKEN,
                        STAFF_SESSION.CREATED_AT, STAFF_SESSION.LAST_SEEN_AT, STAFF_SESSION.EXPIRES_AT,
                        STAFF_SESSION.STAGE)
                .from(STAFF_SESSION)
                .where(STAFF_SESSION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(Records.mapping(JooqStaffSessions::session));
    }

    /** Never moves the time back: of two nodes touching one session, the later time stays. */
    @Override
    public void touch(String tokenHash, Instant at) {
        dsl.update(STAFF_SESSION)
                .set(STAFF_SESSION.LAST_SEEN_AT, greatest(STAFF_SESSION.LAST_SEEN_AT, val(time(at))))
                .where(STAFF_SESSION.TOKEN_HASH.eq(tokenHash))
                .execute();
    }

    @Override
    public void remove(String tokenHash) {
        dsl.deleteFrom(STAFF_SESSION).where(STAFF_SESSION.TOKEN_HASH.eq(tokenHash)).execute();
    }

    @Override
    public void removeAllOf(StaffMemberId staff) {
        dsl.deleteFrom(STAFF_SESSION).where(STAFF_SESSION.STAFF_MEMBER_ID.eq(staff.value())).execute();
    }

    /** Removes the sessions whose absolute end is at or before {@code now}. */
    @Override
    public int removeExpired(Instant now) {
        return dsl.deleteFrom(STAFF_SESSION).where(STAFF_SESSION.EXPIRES_AT.le(time(now))).execute();
    }

    // Rows to sessions ------------------------------------------------------------------------------------------

    private static StaffSession session(String tokenHash, UUID staff, String csrfToken, OffsetDateTime createdAt,
                                        OffsetDateTime lastSeenAt, OffsetDateTime expiresAt, String stage) {
        return new StaffSession(tokenHash, new StaffMemberId(staff), csrfToken, createdAt.toInstant(),
                lastSeenAt.toInstant(), expiresAt.toInstant(), SessionStage.valueOf(stage));
    }

    // Sessions to rows ------------------------------------------------------------------------------------------

    private StaffSessionRecord sessionRow(StaffSession session) {
        StaffSessionRecord row = dsl.newRecord(STAFF_SESSION);
        row.setTokenHash(session.tokenHash());
        row.setStaffMemberId(session.staff().value());
        row.setCsrfToken(session.csrfToken());
        row.setCreatedAt(time(session.createdAt()));
        row.setLastSeenAt(time(session.lastSeenAt()));
        row.setExpiresAt(time(session.expiresAt()));
        row.setStage(session.stage().name());
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
