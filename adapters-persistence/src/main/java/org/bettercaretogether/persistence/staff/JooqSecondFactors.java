package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.bettercaretogether.persistence.jooq.Tables.STAFF_AUTHENTICATOR;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_RECOVERY_CODE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;

/**
 * The staff's second factors in {@code staff_authenticator} (one row per member) and {@code staff_recovery_code}
 * (hashes only). Each method is one or two statements, joining the caller's transaction if there is one; whatever
 * must happen once (a code's step accepted, a recovery code used) is decided by the statement that writes it.
 */
public final class JooqSecondFactors implements SecondFactors {

    private final DSLContext dsl;

    public JooqSecondFactors(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Authenticator> find(StaffMemberId staff) {
        return dsl.select(STAFF_AUTHENTICATOR.SECRET, STAFF_AUTHENTICATOR.CONFIRMED_AT, STAFF_AUTHENTICATOR.LAST_STEP)
                .from(STAFF_AUTHENTICATOR)
                .where(STAFF_AUTHENTICATOR.STAFF_MEMBER_ID.eq(staff.value()))
                .fetchOptional(row -> new Authenticator(row.value1(),
                        Optional.ofNullable(row.value2()).map(OffsetDateTime::toInstant), row.value3()));
    }

    @Override
    public void begin(StaffMemberId staff, String secret) {
        dsl.insertInto(STAFF_AUTHENTICATOR)
                .set(STAFF_AUTHENTICATOR.STAFF_MEMBER_ID, staff.value())
                .set(STAFF_AUTHENTICATOR.SECRET, secret)
                .onConflict(STAFF_AUTHENTICATOR.STAFF_MEMBER_ID)
                .doUpdate().set(STAFF_AUTHENTICATOR.SECRET, secret)
                .where(STAFF_AUTHENTICATOR.CONFIRMED_AT.isNull())
                .execute();
    }

    @Override
    public boolean accept(StaffMemberId staff, long step, Instant at) {
        return dsl.update(STAFF_AUTHENTICATOR)
                .set(STAFF_AUTHENTICATOR.LAST_STEP, step)
                .set(STAFF_AUTHENTICATOR.CONFIRMED_AT, coalesce(STAFF_AUTHENTICATOR.CONFIRMED_AT, val(time(at))))
                .where(STAFF_AUTHENTICATOR.STAFF_MEMBER_ID.eq(staff.value())
                        .and(STAFF_AUTHENTICATOR.LAST_STEP.lt(step)))
                .execute() == 1;
    }

    @Override
    public void replaceRecoveryCodes(StaffMemberId staff, List<String> codeHashes) {
        dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_MEMBER_ID.eq(staff.value())).execute();
        var insert = dsl.insertInto(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.CODE_HASH,
                STAFF_RECOVERY_CODE.STAFF_MEMBER_ID);
        for (String hash : codeHashes) {
            insert = insert.values(hash, staff.value());
        }
        if (!codeHashes.isEmpty()) {
            insert.execute();
        }
    }

    @Override
    public boolean useRecoveryCode(StaffMemberId staff, String codeHash, Instant at) {
        return dsl.update(STAFF_RECOVERY_CODE)
                .set(STAFF_RECOVERY_CODE.USED_AT, time(at))
                .where(STAFF_RECOVERY_CODE.CODE_HASH.eq(codeHash)
                        .and(STAFF_RECOVERY_CODE.STAFF_MEMBER_ID.eq(staff.value()))
                        .and(STAFF_RECOVERY_CODE.USED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    public int recoveryCodesLeft(StaffMemberId staff) {
        return dsl.fetchCount(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.STAFF_MEMBER_ID.eq(staff.value())
                .and(STAFF_RECOVERY_CODE.USED_AT.isNull()));
    }

    @Override
    public void remove(StaffMemberId staff) {
        dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_MEMBER_ID.eq(staff.value())).execute();
        dsl.deleteFrom(STAFF_AUTHENTICATOR).where(STAFF_AUTHENTICATOR.STAFF_MEMBER_ID.eq(staff.value())).execute();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
