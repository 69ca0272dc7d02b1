package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.staff.PasswordHash;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.FailureText;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_PASSWORD;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class StaffMembersTest {

    private static final PasswordHash HASH =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
    private static final PasswordHash OTHER_HASH =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$b3RoZXJzYWx0b3RoZXJzYQ$b3RoZXJoYXNob3RoZXJoYXNob3RoZXJoYXNob3RoZXI");

    private static DSLContext dsl;
    private static PostgresAdapters postgres;
    private static StaffMembers staff;
    private static PartnerId trust;
    private static PartnerId council;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        postgres = new PostgresAdapters(dataSource);
        staff = postgres.port(StaffMembers.class);
        trust = postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(),
                "University Hospitals of Morecambe Bay NHS Foundation Trust", PartnerKind.ACUTE_HOSPITAL_TRUST,
                List.of(), Optional.empty(), "Runs the hospitals")).id();
        council = postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(), "Lancashire County Council",
                PartnerKind.LOCAL_AUTHORITY, List.of(), Optional.empty(), "Adult social care")).id();
    }

    @BeforeEach
    void noStaff() {
        dsl.deleteFrom(STAFF_MEMBER).execute();
    }

    @Test
    void reads_back_a_stored_account_equal_at_version_1_with_its_roles() {
        StaffMember moderator = member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR, Role.RESPONDER);

        StaffMember stored = staff.add(moderator, HASH);

        assertThat(stored).isEqualTo(moderator.withVersion(1));
        assertThat(staff.find(moderator.id())).contains(stored);
        assertThat(staff.findByEmail(new EmailAddress("Amina.Shah@UHMB.nhs.uk"))).contains(stored);
    }

    @Test
    void reads_back_an_account_with_no_roles_switched_off_and_with_a_password_to_change() {
        StaffMember none = new StaffMember(StaffMemberId.random(), new EmailAddress("new.starter@lancashire.gov.uk"),
                "New Starter", council, Set.of(), false, true, 0);

        staff.add(none, HASH);

        assertThat(staff.find(none.id())).contains(none.withVersion(1));
    }

    @Test
    void lists_every_account_by_name() {
        StaffMember zoe = staff.add(member("zoe@uhmb.nhs.uk", "Zoe Brown", Role.ADMIN), HASH);
        StaffMember adam = staff.add(member("adam@uhmb.nhs.uk", "Adam Clarke", Role.MODERATOR), HASH);
        StaffMember bea = staff.add(member("bea@uhmb.nhs.uk", "Bea Dixon", Role.ENGAGEMENT_OFFICER), HASH);

        assertThat(staff.all()).containsExactly(adam, bea, zoe);
    }

    @Test
    void an_update_bumps_the_version_and_replaces_the_roles() {
        StaffMember stored = staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR, Role.RESPONDER),
                HASH);
        StaffMember revised = new StaffMember(stored.id(), stored.email(), "Amina Shah-Patel", council,
                Set.of(Role.ADMIN), false, true, stored.version());

        Optional<StaffMember> updated = staff.update(revised);

        assertThat(updated).contains(revised.withVersion(2));
        assertThat(staff.find(stored.id())).isEqualTo(updated);
        assertThat(dsl.fetchCount(STAFF_MEMBER_ROLE)).as("old roles gone").isOne();
        assertThat(staff.password(stored.id())).as("an update leaves the password alone").contains(HASH);
    }

    @Test
    void a_stale_update_is_refused_and_changes_nothing() {
        StaffMember stored = staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR), HASH);
        StaffMember first = staff.update(new StaffMember(stored.id(), stored.email(), "Amina Shah-Patel",
                stored.partner(), stored.roles(), true, false, stored.version())).orElseThrow();

        Optional<StaffMember> stale = staff.update(new StaffMember(stored.id(), stored.email(), "Someone Else",
                council, Set.of(Role.ADMIN), false, false, stored.version()));

        assertThat(stale).isEmpty();
        assertThat(staff.find(stored.id())).contains(first);
    }

    @Test
    void an_unknown_account_is_not_found_has_no_password_and_cannot_be_updated() {
        StaffMember neverStored = member("nobody@uhmb.nhs.uk", "No Body", Role.ADMIN).withVersion(1);

        assertThat(staff.find(neverStored.id())).isEmpty();
        assertThat(staff.findByEmail(neverStored.email())).isEmpty();
        assertThat(staff.password(neverStored.id())).isEmpty();
        assertThat(staff.update(neverStored)).isEmpty();
        assertThatThrownBy(() -> staff.changePassword(neverStored.id(), OTHER_HASH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(neverStored.id().toString());
    }

    @Test
    void a_second_account_with_an_address_already_stored_is_refused_without_naming_the_address_or_the_hash() {
        staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR), HASH);
        StaffMember twin = member("AMINA.SHAH@uhmb.nhs.uk", "Another Amina", Role.ADMIN);

        Throwable refusal = catchThrowable(() -> staff.add(twin, OTHER_HASH));

        assertThat(refusal).isInstanceOf(IllegalStateException.class).hasMessageContaining("email address");
        assertThat(FailureText.of(refusal)).doesNotContainIgnoringCase("amina.shah")
                .doesNotContain(OTHER_HASH.encoded()).doesNotContain("$argon2id$");
        assertThat(staff.find(twin.id())).isEmpty();
        assertThat(dsl.fetchCount(STAFF_PASSWORD)).as("the twin's hash was not kept").isOne();
    }

    @Test
    void changing_an_address_to_one_already_stored_is_refused_too() {
        staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR), HASH);
        StaffMember other = staff.add(member("ben.jones@uhmb.nhs.uk", "Ben Jones", Role.MODERATOR), HASH);

        assertThatThrownBy(() -> staff.update(new StaffMember(other.id(), new EmailAddress("amina.shah@uhmb.nhs.uk"),
                other.name(), other.partner(), other.roles(), true, false, other.version())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(staff.find(other.id())).contains(other);
    }

    @Test
    void keeps_the_hash_it_was_given_and_replaces_it_on_a_change_of_password() {
        StaffMember stored = staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR), HASH);

        assertThat(staff.password(stored.id())).contains(HASH);

        staff.changePassword(stored.id(), OTHER_HASH);

        assertThat(staff.password(stored.id())).contains(OTHER_HASH);
        assertThat(staff.find(stored.id())).as("the account itself is unchanged").contains(stored);
    }

    @Test
    void a_password_given_in_clear_instead_of_a_hash_is_refused_and_not_repeated_in_the_error() {
        StaffMember stored = staff.add(member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR), HASH);
        PasswordHash clear = new PasswordHash("Morecambe-Bay-2016!");

        Throwable refusal = catchThrowable(() -> staff.changePassword(stored.id(), clear));

        assertThat(refusal).isNotNull().hasMessageContaining("staff_password_phc_string");
        assertThat(FailureText.of(refusal)).doesNotContain("Morecambe-Bay-2016!");
        assertThat(staff.password(stored.id())).contains(HASH);
    }

    @Test
    void a_new_account_for_an_organisation_not_in_the_directory_is_refused_without_naming_the_address() {
        StaffMember stray = new StaffMember(StaffMemberId.random(), new EmailAddress("stray@example.org"), "Stray",
                PartnerId.random(), Set.of(Role.MODERATOR), true, false, 0);

        Throwable refusal = catchThrowable(() -> staff.add(stray, HASH));

        assertThat(refusal).isNotNull().hasMessageContaining("staff_member_partner_fkey");
        assertThat(FailureText.of(refusal)).doesNotContain("stray@example.org").doesNotContain(HASH.encoded());
        assertThat(staff.all()).isEmpty();
    }

    @Test
    void an_account_and_its_audit_entry_written_in_one_transaction_are_undone_together() {
        StaffMember moderator = member("amina.shah@uhmb.nhs.uk", "Amina Shah", Role.MODERATOR);
        AuditLog audit = postgres.port(AuditLog.class);
        AuditEntry created = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"), Optional.empty(),
                "staff.created", "staff-member", moderator.id().toString(), List.of());

        assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(() -> {
            staff.add(moderator, HASH);
            audit.append(created);
            throw new IllegalStateException("the administrator's request failed after both writes");
        })).hasMessageContaining("failed after both writes");

        assertThat(staff.find(moderator.id())).isEmpty();
        assertThat(audit.newestFirst(Optional.empty(), 10)).isEmpty();
    }

    private StaffMember member(String email, String name, Role... roles) {
        return new StaffMember(StaffMemberId.random(), new EmailAddress(email), name, trust, Set.of(roles), true,
                false, 0);
    }
}
