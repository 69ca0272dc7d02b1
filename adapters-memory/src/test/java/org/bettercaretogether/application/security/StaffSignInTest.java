package org.bettercaretogether.application.security;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.application.staff.StaffSession;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StaffSignInTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final MovableClock clock = MovableClock.startingNow();
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private StaffMember moderator;

    @BeforeEach
    void a_moderator_who_has_chosen_a_password() {
        app.loadReferenceData().load();
        AccountWithPassword admin = app.createAdministrator().create(new EmailAddress("admin@example.nhs.uk"),
                "Ada Admin", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow();
        AccountWithPassword created = app.manageStaff().create(Actor.of(admin.member()), new NewStaffMember(
                new EmailAddress("Mo.Moderator@Example.nhs.uk"), "Mo Moderator",
                MorecambeBay.CLINICAL_COMMISSIONING_GROUP, Set.of(Role.MODERATOR))).orElseThrow();
        SignedIn first = app.signIn().signIn("mo.moderator@example.nhs.uk", created.oneTimePassword(), "10.0.0.1")
                .orElseThrow();
        moderator = app.changePassword().change(Actor.of(first.member()), created.oneTimePassword(), PASSWORD)
                .orElseThrow().member();
    }

    @Test
    void a_correct_email_and_password_start_a_session_that_identifies_the_member() {
        SignedIn signedIn = app.signIn().signIn("MO.MODERATOR@example.nhs.uk", PASSWORD, "10.0.0.2").orElseThrow();

        assertThat(signedIn.member().id()).isEqualTo(moderator.id());
        assertThat(app.authenticate().session(signedIn.sessionToken()))
                .hasValueSatisfying(staff -> {
                    assertThat(staff.actor().roles()).containsExactly(Role.MODERATOR);
                    assertThat(staff.csrfToken()).isEqualTo(signedIn.csrfToken());
                });
    }

    @Test
    void each_sign_in_starts_a_new_session_with_a_new_token() {
        SignedIn first = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.2").orElseThrow();
        SignedIn second = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.2").orElseThrow();

        assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
    }

    @Test
    void an_unknown_email_and_a_wrong_password_get_the_same_answer() {
        Outcome<SignedIn> unknown = app.signIn().signIn("nobody@example.nhs.uk", PASSWORD, "10.0.0.3");
        Outcome<SignedIn> wrong = app.signIn().signIn("mo.moderator@example.nhs.uk", "not the password", "10.0.0.3");
        Outcome<SignedIn> malformed = app.signIn().signIn("not an email", PASSWORD, "10.0.0.3");

        assertThat(rejection(unknown)).isInstanceOf(Rejection.NotSignedIn.class)
                .isEqualTo(rejection(wrong)).isEqualTo(rejection(malformed));
    }

    @Test
    void repeated_failures_for_one_account_are_throttled_even_with_the_right_password() {
        for (int attempt = 0; attempt < app.settings().failedSignInsPerAccount().capacity(); attempt++) {
            app.signIn().signIn("mo.moderator@example.nhs.uk", "wrong " + attempt, "10.0.1." + attempt);
        }

        Rejection refused = rejection(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.2.1"));

        assertThat(refused).isInstanceOfSatisfying(Rejection.Throttled.class, throttled ->
                assertThat(throttled.retryAfter()).isPositive()
                        .isLessThanOrEqualTo(app.settings().failedSignInsPerAccount().period()));
        clock.advance(app.settings().failedSignInsPerAccount().period());
        assertThat(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.2.1"))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void many_attempts_from_one_address_are_throttled() {
        for (int attempt = 0; attempt < app.settings().signInsPerSource().capacity(); attempt++) {
            app.signIn().signIn("someone" + attempt + "@example.nhs.uk", "guess", "192.0.2.9");
        }

        assertThat(rejection(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "192.0.2.9")))
                .isInstanceOf(Rejection.Throttled.class);
        assertThat(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "192.0.2.10"))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void an_idle_session_ends_and_an_active_one_ends_at_its_absolute_limit() {
        SignedIn idle = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.4").orElseThrow();
        SignedIn busy = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.4").orElseThrow();
        Duration step = app.settings().sessionIdleTimeout().minusMinutes(1);

        Duration elapsed = Duration.ZERO;
        while (elapsed.plus(step).compareTo(app.settings().sessionAbsoluteTimeout()) < 0) {
            clock.advance(step);
            elapsed = elapsed.plus(step);
            assertThat(app.authenticate().session(busy.sessionToken())).as("busy after %s", elapsed).isPresent();
        }
        assertThat(app.authenticate().session(idle.sessionToken())).isEmpty();
        clock.advance(step);
        assertThat(app.authenticate().session(busy.sessionToken())).isEmpty();
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        SignedIn signedIn = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.5").orElseThrow();

        app.signOut().signOut(signedIn.sessionToken());

        assertThat(app.authenticate().session(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void neither_passwords_nor_session_tokens_are_stored_in_clear() {
        SignedIn signedIn = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.6").orElseThrow();

        assertThat(app.security().storedPassword(moderator.id()).orElseThrow().encoded()).doesNotContain(PASSWORD);
        assertThat(app.security().storedSessions()).extracting(StaffSession::tokenHash)
                .doesNotContain(signedIn.sessionToken())
                .contains(Secrets.sha256(signedIn.sessionToken()));
    }

    @Test
    void changing_the_password_ends_every_other_session() {
        SignedIn elsewhere = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.7").orElseThrow();

        SignedIn here = app.changePassword().change(Actor.of(moderator), PASSWORD, "a brand new passphrase")
                .orElseThrow();

        assertThat(app.authenticate().session(elsewhere.sessionToken())).isEmpty();
        assertThat(app.authenticate().session(here.sessionToken())).isPresent();
        assertThat(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.7"))
                .isInstanceOf(Outcome.Rejected.class);
    }

    @Test
    void a_new_password_must_be_long_and_the_current_one_right() {
        assertThat(rejection(app.changePassword().change(Actor.of(moderator), "wrong current", "long enough passphrase")))
                .isEqualTo(Rejection.InvalidInput.of("currentPassword", "Enter your current password correctly"));
        assertThat(rejection(app.changePassword().change(Actor.of(moderator), PASSWORD, "short")))
                .isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(app.changePassword().change(Actor.of(moderator), PASSWORD, "aaaaaaaaaaaaaaaa")))
                .isInstanceOf(Rejection.InvalidInput.class);
    }

    @Test
    void sign_ins_and_failures_are_reported_without_personal_data() {
        app.signIn().signIn("mo.moderator@example.nhs.uk", "wrong password", "10.0.0.8");
        app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.8");

        assertThat(app.security().events()).anyMatch(event -> event.startsWith("sign-in failed"))
                .anyMatch(event -> event.startsWith("staff.signed-in"))
                .noneMatch(event -> event.contains("@") || event.contains(PASSWORD) || event.contains("Mo Moderator"));
    }

    @Test
    void a_switched_off_account_cannot_sign_in_and_its_sessions_end() {
        SignedIn signedIn = app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.9").orElseThrow();
        StaffMember admin = app.security().staffMembers().all().stream().filter(m -> m.holds(Role.ADMIN)).findFirst()
                .orElseThrow();
        StaffMember current = app.security().staffMembers().find(moderator.id()).orElseThrow();

        app.manageStaff().revise(Actor.of(admin), new StaffMember(current.id(), current.email(), current.name(),
                current.partner(), current.roles(), false, false, current.version())).orElseThrow();

        assertThat(app.authenticate().session(signedIn.sessionToken())).isEmpty();
        assertThat(rejection(app.signIn().signIn("mo.moderator@example.nhs.uk", PASSWORD, "10.0.0.9")))
                .isInstanceOf(Rejection.NotSignedIn.class);
    }

    static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected<?>) outcome).rejection();
    }
}
