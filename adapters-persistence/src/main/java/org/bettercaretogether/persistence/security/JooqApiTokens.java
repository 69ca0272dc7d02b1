package org.bettercaretogether.persistence.security;

import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.jooq.tables.records.ApiTokenRecord;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.API_TOKEN;

/**
 * The staff's API tokens in the {@code api_token} table, each under the hash of its token. Each method is one
 * statement, joining the caller's transaction if there is one; revoking is one conditional update, so of two
 * nodes revoking a token at once only one is told it did. Times keep PostgreSQL's precision, microseconds. The rows
 * become tokens in {@link #token} and tokens become rows in {@link #tokenRow}, nowhere else. A refused write names
 * the constraint only, never the hash (see {@link DatabaseRefusal}).
 */
public final class JooqApiTokens implements ApiTokens {

    private final DSLContext dsl;

    public JooqApiTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ApiToken token) {
        try {
            dsl.insertInto(API_TOKEN).set(tokenRow(token)).execute();
        } catch (DataAccessException refused) {
            throw DatabaseRefusal.of(refused).withoutValues("storing an API token");
        }
    }

    @Override
    public Optional<ApiToken> find(UUID id) {
        return tokensWhere(API_TOKEN.ID.eq(id)).stream().findFirst();
    }

    @Override
    public Optional<ApiToken> findByHash(String tokenHash) {
        return tokensWhere(API_TOKEN.TOKEN_HASH.eq(tokenHash)).stream().findFirst();
    }

    @Override
    public List<ApiToken> ownedBy(StaffMemberId owner) {
        return tokensWhere(API_TOKEN.OWNER_ID.eq(owner.value()));
    }

    @Override
    public boolean revoke(UUID id, Instant at) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, time(at))
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    public int revokeAllOf(StaffMemberId owner, Instant at) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.REVOKED_AT, time(at))
                .where(API_TOKEN.OWNER_ID.eq(owner.value()).and(API_TOKEN.REVOKED_AT.isNull()))
                .execute();
    }

    /** One statement decides and records, so that of two nodes seeing the same token only one records its use. */
    @Override
    public boolean markUsed(UUID id, Instant at, Instant unlessUsedAfter) {
        return dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, time(at))
                .where(API_TOKEN.ID.eq(id).and(API_TOKEN.LAST_USED_AT.isNull()
                        .or(API_TOKEN.LAST_USED_AT.le(time(unlessUsedAfter)))))
                .execute() == 1;
    }

    /** Newest first; tokens made in the same microsecond in a fixed order. */
    private List<ApiToken> tokensWhere(Condition condition) {
        return dsl.select(API_TOKEN.ID, API_TOKEN.OWNER_ID, API_TOKEN.LABEL, API_TOKEN.TOKEN_HASH,
                        API_TOKEN.CREATED_AT, API_TOKEN.EXPIRES_AT, API_TOKEN.REVOKED_AT)
                .from(API_TOKEN)
                .where(condition)
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(Records.mapping(JooqApiTokens::token));
    }

    // Rows to tokens --------------------------------------------------------------------------------------------

    private static ApiToken token(UUID id, UUID owner, String label, String tokenHash, OffsetDateTime createdAt,
                                  OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
        return new ApiToken(id, new StaffMemberId(owner), label, tokenHash, createdAt.toInstant(),
                expiresAt.toInstant(), Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant));
    }

    // Tokens to rows --------------------------------------------------------------------------------------------

    private ApiTokenRecord tokenRow(ApiToken token) {
        ApiTokenRecord row = dsl.newRecord(API_TOKEN);
        row.setId(token.id());
        row.setOwnerId(token.owner().value());
        row.setLabel(token.label());
        row.setTokenHash(token.tokenHash());
        row.setCreatedAt(time(token.createdAt()));
        row.setExpiresAt(time(token.expiresAt()));
        row.setRevokedAt(token.revokedAt().map(JooqApiTokens::time).orElse(null));
        return row;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
