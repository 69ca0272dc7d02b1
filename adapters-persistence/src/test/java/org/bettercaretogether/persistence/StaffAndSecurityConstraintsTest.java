package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.bettercaretogether.persistence.CheckViolations.assertRefusedBy;
import static org.bettercaretogether.persistence.jooq.Tables.API_TOKEN;
import static org.bettercaretogether.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_PASSWORD;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_SESSION;

/** The staff and security tables refuse what the domain forbids and any secret kept in clear, whoever writes. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class StaffAndSecurityConstraintsTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static DSLContext dsl;
    private static UUID partner;
    private static UUID member;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        partner = UUID.randomUUID();
        dsl.insertInto(PARTNER)
                .set(PARTNER.ID, partner).set(PARTNER.NAME, "Bay Health Trust").set(PARTNER.KIND, "ACUTE_HOSPITAL_TRUST")
                .set(PARTNER.ROLE, "Hospitals").set(PARTNER.VERSION, 1L)
                .execute();
        member = insertMember("amina@bay.nhs.uk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amina@bay.nhs.uk", "amina.bay.nhs.uk", "amina@bay", "amina@@bay.nhs.uk", ""})
    void refuses_an_email_address_not_in_the_domains_lower_case_form(String email) {
        assertRefusedBy("staff_member_email_format", () -> insertMember(email));
    }

    @Test
    void refuses_a_role_the_domain_does_not_know() {
        assertRefusedBy("staff_member_role_known", () -> dsl.insertInto(STAFF_MEMBER_ROLE)
                .set(STAFF_MEMBER_ROLE.STAFF_MEMBER_ID, member).set(STAFF_MEMBER_ROLE.ROLE, "SUPERUSER")
                .execute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Morecambe Bay 2016!", "argon2id$v=19$m=19456", ""})
    void refuses_a_password_that_is_not_a_phc_hash(String encoded) {
        assertRefusedBy("staff_password_phc_string", () -> dsl.insertInto(STAFF_PASSWORD)
                .set(STAFF_PASSWORD.STAFF_MEMBER_ID, member).set(STAFF_PASSWORD.ENCODED, encoded)
                .execute());
    }

    @Test
    void refuses_a_session_token_kept_in_clear() {
        assertRefusedBy("staff_session_token_hash_sha256", () -> insertSession(Secrets.token("bct_"), NINE.plusHours(12)));
    }

    @Test
    void refuses_a_session_ending_before_it_began() {
        assertRefusedBy("staff_session_expires_after_created",
                () -> insertSession(Secrets.sha256("a token"), NINE.minusSeconds(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789", "bct_abc", "0123"})
    void refuses_an_api_token_that_is_not_a_lower_case_sha256(String tokenHash) {
        assertRefusedBy("api_token_token_hash_sha256", () -> insertToken(tokenHash, "a label"));
    }

    @Test
    void refuses_an_api_token_with_a_blank_label() {
        assertRefusedBy("api_token_label_text", () -> insertToken(Secrets.sha256("a token"), "   "));
    }

    @Test
    void refuses_an_audit_entry_with_a_blank_action() {
        assertRefusedBy("audit_entry_action_text", () -> dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, UUID.randomUUID()).set(AUDIT_ENTRY.AT, NINE).set(AUDIT_ENTRY.ACTION, " ")
                .set(AUDIT_ENTRY.RECORD_TYPE, "partner").set(AUDIT_ENTRY.RECORD_ID, "rtx")
                .execute());
    }

    private static UUID insertMember(String email) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(STAFF_MEMBER)
                .set(STAFF_MEMBER.ID, id).set(STAFF_MEMBER.EMAIL, email).set(STAFF_MEMBER.NAME, "Amina")
                .set(STAFF_MEMBER.PARTNER_ID, partner).set(STAFF_MEMBER.ACTIVE, true)
                .set(STAFF_MEMBER.MUST_CHANGE_PASSWORD, false).set(STAFF_MEMBER.VERSION, 1L)
                .execute();
        return id;
    }

    private static void insertSession(String tokenHash, OffsetDateTime expiresAt) {
        dsl.insertInto(STAFF_SESSION)
                .set(STAFF_SESSION.TOKEN_HASH, tokenHash).set(STAFF_SESSION.STAFF_MEMBER_ID, member)
                .set(STAFF_SESSION.CSRF_TOKEN, "csrf").set(STAFF_SESSION.CREATED_AT, NINE)
                .set(STAFF_SESSION.LAST_SEEN_AT, NINE).set(STAFF_SESSION.EXPIRES_AT, expiresAt)
                .execute();
    }

    private static void insertToken(String tokenHash, String label) {
        dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, UUID.randomUUID()).set(API_TOKEN.OWNER_ID, member).set(API_TOKEN.LABEL, label)
                .set(API_TOKEN.TOKEN_HASH, tokenHash).set(API_TOKEN.CREATED_AT, NINE)
                .set(API_TOKEN.EXPIRES_AT, NINE.plusDays(90))
                .execute();
    }
}
