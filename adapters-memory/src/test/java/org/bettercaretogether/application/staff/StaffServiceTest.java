package org.bettercaretogether.application.staff;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StaffServiceTest {

    private final InMemoryApplication app = InMemoryApplication.withReferenceData();
    private final AccountWithPassword firstAdmin = app.createAdministrator().create(
            new EmailAddress("first.admin@example.nhs.uk"), "First Admin", MorecambeBay.LANCASHIRE_COUNTY_COUNCIL)
            .orElseThrow();
    private final Actor admin = Actor.of(firstAdmin.member());

    @Test
    void the_first_administrator_gets_a_one_time_password_to_replace_at_first_sign_in() {
        assertThat(firstAdmin.member().roles()).containsExactly(Role.ADMIN);
        assertThat(firstAdmin.member().mustChangePassword()).isTrue();
        assertThat(firstAdmin.oneTimePassword()).hasSize(16);
        assertThat(app.signIn().signIn("first.admin@example.nhs.uk", firstAdmin.oneTimePassword(), "10.1.1.1"))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void only_administrators_manage_staff() {
        Actor engagement = Actor.of(create("e@example.nhs.uk", Role.ENGAGEMENT_OFFICER).member());

        assertThat(rejected(app.manageStaff().list(engagement))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(rejected(app.manageStaff().create(engagement, new NewStaffMember(new EmailAddress("x@example.nhs.uk"),
                "X", MorecambeBay.LANCASHIRE_COUNTY_COUNCIL, Set.of(Role.ADMIN))))).isInstanceOf(Rejection.Forbidden.class);
        assertThat(app.manageStaff().list(admin).orElseThrow()).hasSize(2);
    }

    @Test
    void one_email_address_has_one_account_and_the_partner_must_exist() {
        assertThat(rejected(app.manageStaff().create(admin, new NewStaffMember(
                new EmailAddress("FIRST.admin@example.nhs.uk"), "Again", MorecambeBay.LANCASHIRE_COUNTY_COUNCIL,
                Set.of())))).isInstanceOf(Rejection.Conflict.class);
        assertThat(rejected(app.manageStaff().create(admin, new NewStaffMember(new EmailAddress("n@example.nhs.uk"),
                "New", PartnerId.random(), Set.of())))).isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void an_administrator_cannot_lock_themself_out() {
        StaffMember self = firstAdmin.member();
        StaffMember withoutAdmin = new StaffMember(self.id(), self.email(), self.name(), self.partner(),
                EnumSet.of(Role.MODERATOR), true, self.mustChangePassword(), self.version());

        assertThat(rejected(app.manageStaff().revise(admin, withoutAdmin))).isInstanceOf(Rejection.Conflict.class);
    }

    @Test
    void a_change_of_roles_is_audited_with_before_and_after_but_never_the_name_or_email() {
        StaffMember moderator = create("mod@example.nhs.uk", Role.MODERATOR).member();

        app.manageStaff().revise(admin, new StaffMember(moderator.id(), moderator.email(), "Renamed Person",
                moderator.partner(), Set.of(Role.MODERATOR, Role.RESPONDER), true, true, moderator.version()))
                .orElseThrow();

        AuditEntry entry = app.readAuditLog().read(admin, Optional.empty(), 1).orElseThrow().entries().getFirst();
        assertThat(entry.action()).isEqualTo("staff.revised");
        assertThat(entry.actor()).contains(admin.id());
        assertThat(entry.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("roles");
            assertThat(change.before()).contains("[MODERATOR]");
            assertThat(change.after()).contains("[MODERATOR, RESPONDER]");
        });
        assertThat(entry.changes()).anySatisfy(change -> assertThat(change.field()).isEqualTo("name"));
        assertThat(entry.toString()).doesNotContain("Renamed Person").doesNotContain("mod@example")
                .doesNotContain("Moderator Person");
    }

    @Test
    void a_reset_password_works_once_and_must_then_be_replaced() {
        StaffMember responder = create("resp@example.nhs.uk", Role.RESPONDER).member();

        AccountWithPassword reset = app.manageStaff().resetPassword(admin, responder.id()).orElseThrow();

        assertThat(reset.member().mustChangePassword()).isTrue();
        assertThat(app.signIn().signIn("resp@example.nhs.uk", reset.oneTimePassword(), "10.1.1.2"))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void a_reset_password_ends_the_members_api_tokens_as_well_as_their_sessions() {
        AccountWithPassword created = create("tokens@example.nhs.uk", Role.RESPONDER);
        Actor member = Actor.of(created.member());
        String token = app.manageApiTokens().issue(member, "reporting script", Optional.empty()).orElseThrow().token();
        assertThat(app.authenticate().apiToken(token)).isPresent();

        app.manageStaff().resetPassword(admin, created.member().id()).orElseThrow();

        assertThat(app.authenticate().apiToken(token)).isEmpty();
        assertThat(app.manageApiTokens().mine(member)).allSatisfy(kept -> assertThat(kept.revokedAt()).isPresent());
    }

    @Test
    void changing_ones_own_password_ends_ones_api_tokens() {
        AccountWithPassword created = create("changes@example.nhs.uk", Role.RESPONDER);
        Actor member = Actor.of(created.member());
        String token = app.manageApiTokens().issue(member, "reporting script", Optional.empty()).orElseThrow().token();

        app.changePassword().change(member, created.oneTimePassword(), "a new and private passphrase").orElseThrow();

        assertThat(app.authenticate().apiToken(token)).isEmpty();
    }

    @Test
    void switching_an_account_off_ends_its_api_tokens() {
        StaffMember member = create("off@example.nhs.uk", Role.RESPONDER).member();
        String token = app.manageApiTokens().issue(Actor.of(member), "script", Optional.empty()).orElseThrow().token();

        app.manageStaff().revise(admin, new StaffMember(member.id(), member.email(), member.name(), member.partner(),
                member.roles(), false, member.mustChangePassword(), member.version())).orElseThrow();

        assertThat(app.manageApiTokens().mine(Actor.of(member))).allSatisfy(kept ->
                assertThat(kept.revokedAt()).isPresent());
    }

    @Test
    void removing_a_role_ends_the_api_tokens_but_adding_one_does_not() {
        StaffMember member = create("roles@example.nhs.uk", Role.RESPONDER).member();
        String token = app.manageApiTokens().issue(Actor.of(member), "script", Optional.empty()).orElseThrow().token();

        StaffMember widened = app.manageStaff().revise(admin, new StaffMember(member.id(), member.email(),
                member.name(), member.partner(), Set.of(Role.RESPONDER, Role.ENGAGEMENT_OFFICER), true,
                member.mustChangePassword(), member.version())).orElseThrow();
        assertThat(app.authenticate().apiToken(token)).isPresent();
        app.manageStaff().revise(admin, new StaffMember(member.id(), member.email(), member.name(), member.partner(),
                Set.of(Role.ENGAGEMENT_OFFICER), true, member.mustChangePassword(), widened.version())).orElseThrow();

        assertThat(app.authenticate().apiToken(token)).isEmpty();
        assertThat(app.readAuditLog().read(admin, Optional.empty(), 1).orElseThrow().entries().getFirst().changes())
                .anySatisfy(change -> assertThat(change.field()).isEqualTo("api tokens revoked"));
    }

    private AccountWithPassword create(String email, Role role) {
        return app.manageStaff().create(admin, new NewStaffMember(new EmailAddress(email), "Moderator Person",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(role))).orElseThrow();
    }

    private static Rejection rejected(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }
}
