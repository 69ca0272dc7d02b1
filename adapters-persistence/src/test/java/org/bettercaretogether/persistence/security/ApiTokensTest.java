package org.bettercaretogether.persistence.security;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.ApiToken;
import org.bettercaretogether.application.staff.ApiTokens;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.FailureText;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.StaffFixtures;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.jooq.Tables.API_TOKEN;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ApiTokensTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");

    private static DSLContext dsl;
    private static ApiTokens tokens;
    private static StaffMemberId amina;
    private static StaffMemberId ben;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        tokens = postgres.port(ApiTokens.class);
        StaffFixtures.AminaAndBen staff = StaffFixtures.aminaAndBen(postgres);
        amina = staff.amina();
        ben = staff.ben();
    }

    @BeforeEach
    void noTokens() {
        dsl.deleteFrom(API_TOKEN).execute();
    }

    @Test
    void a_tokens_use_is_recorded_once_within_the_window_and_again_after_it() {
        ApiToken token = token(amina, "script", MONDAY);
        tokens.add(token);

        boolean first = tokens.markUsed(token.id(), MONDAY.plusSeconds(60), MONDAY.minus(Duration.ofHours(1)));
        boolean soonAfter = tokens.markUsed(token.id(), MONDAY.plusSeconds(120), MONDAY.plusSeconds(120)
                .minus(Duration.ofHours(1)));
        boolean anHourOn = tokens.markUsed(token.id(), MONDAY.plus(Duration.ofMinutes(61)), MONDAY.plusSeconds(60));

        assertThat(List.of(first, soonAfter, anHourOn)).containsExactly(true, false, true);
    }

    @Test
    void revoking_all_of_a_members_tokens_leaves_the_others_and_counts_only_those_it_revoked() {
        ApiToken one = token(amina, "one", MONDAY);
        ApiToken two = token(amina, "two", MONDAY);
        ApiToken bens = token(ben, "bens", MONDAY);
        List.of(one, two, bens).forEach(tokens::add);
        tokens.revoke(one.id(), MONDAY);

        assertThat(tokens.revokeAllOf(amina, MONDAY.plusSeconds(5))).isEqualTo(1);
        assertThat(tokens.find(two.id()).orElseThrow().revokedAt()).contains(MONDAY.plusSeconds(5));
        assertThat(tokens.find(bens.id()).orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void reads_back_a_stored_token_equal_by_id_and_by_the_hash_of_the_token() {
        ApiToken token = token(amina, "reporting script", MONDAY);

        tokens.add(token);

        assertThat(tokens.find(token.id())).contains(token);
        assertThat(tokens.findByHash(token.tokenHash())).contains(token);
        assertThat(tokens.find(UUID.randomUUID())).isEmpty();
        assertThat(tokens.findByHash(Secrets.sha256("not a token anyone has"))).isEmpty();
    }

    @Test
    void reads_back_a_token_stored_already_revoked() {
        ApiToken fresh = token(amina, "old laptop", MONDAY);
        ApiToken revoked = new ApiToken(fresh.id(), amina, fresh.label(), fresh.tokenHash(), MONDAY,
                fresh.expiresAt(), Optional.of(MONDAY.plusSeconds(90)));

        tokens.add(revoked);

        assertThat(tokens.find(revoked.id())).contains(revoked);
    }

    @Test
    void lists_the_tokens_of_one_owner_newest_first() {
        ApiToken oldest = token(amina, "first", MONDAY);
        ApiToken newest = token(amina, "third", MONDAY.plus(Duration.ofDays(2)));
        ApiToken middle = token(amina, "second", MONDAY.plus(Duration.ofDays(1)));
        ApiToken bens = token(ben, "ben's", MONDAY.plus(Duration.ofDays(3)));
        List.of(oldest, newest, bens, middle).forEach(tokens::add);

        assertThat(tokens.ownedBy(amina)).containsExactly(newest, middle, oldest);
        assertThat(tokens.ownedBy(ben)).containsExactly(bens);
        assertThat(tokens.ownedBy(StaffMemberId.random())).isEmpty();
    }

    @Test
    void revokes_a_token_once_and_keeps_the_time_of_the_first_revocation() {
        ApiToken token = token(amina, "reporting script", MONDAY);
        tokens.add(token);
        Instant first = MONDAY.plus(Duration.ofHours(3));

        boolean revoked = tokens.revoke(token.id(), first);
        boolean again = tokens.revoke(token.id(), first.plus(Duration.ofHours(1)));

        assertThat(revoked).isTrue();
        assertThat(again).isFalse();
        ApiToken stored = tokens.find(token.id()).orElseThrow();
        assertThat(stored.revokedAt()).contains(first);
        assertThat(stored.usableAt(first.plusSeconds(1))).isFalse();
    }

    @Test
    void revoking_a_token_that_does_not_exist_revokes_nothing() {
        ApiToken token = token(amina, "reporting script", MONDAY);
        tokens.add(token);

        assertThat(tokens.revoke(UUID.randomUUID(), MONDAY.plusSeconds(1))).isFalse();
        assertThat(tokens.find(token.id())).contains(token);
    }

    @Test
    void a_token_in_clear_is_refused_in_place_of_its_hash_and_not_repeated_in_the_error() {
        String token = Secrets.token("bct_");
        ApiToken clear = new ApiToken(UUID.randomUUID(), amina, "script", token, MONDAY,
                MONDAY.plus(Duration.ofDays(90)), Optional.empty());

        Throwable refusal = catchThrowable(() -> tokens.add(clear));

        assertThat(refusal).isNotNull().hasMessageContaining("api_token_token_hash_sha256");
        assertThat(FailureText.of(refusal)).doesNotContain(token);
        assertThat(dsl.fetchCount(API_TOKEN)).isZero();
    }

    @Test
    void a_second_token_with_the_same_hash_is_refused_without_repeating_the_hash() {
        ApiToken token = token(amina, "reporting script", MONDAY);
        tokens.add(token);

        Throwable refusal = catchThrowable(() -> tokens.add(new ApiToken(UUID.randomUUID(), ben, "copy",
                token.tokenHash(), MONDAY, token.expiresAt(), Optional.empty())));

        assertThat(refusal).isNotNull().hasMessageContaining("api_token_token_hash_key");
        assertThat(FailureText.of(refusal)).doesNotContain(token.tokenHash());
        assertThat(tokens.ownedBy(ben)).isEmpty();
    }

    /** A token as issuing one makes it: a fresh secret, of which only the hash is given to the store. */
    private static ApiToken token(StaffMemberId owner, String label, Instant createdAt) {
        return new ApiToken(UUID.randomUUID(), owner, label, Secrets.sha256(Secrets.token("bct_")), createdAt,
                createdAt.plus(Duration.ofDays(90)), Optional.empty());
    }
}
