package org.bettercaretogether.application.security;

import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.memory.MovableClock;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESS = new AtomicInteger();

    private final MovableClock clock = MovableClock.startingNow();
    private final InMemoryApplication app = new InMemoryApplication(clock);
    private StaffMember admin;

    @BeforeEach
    void an_administrator_who_has_chosen_a_password() {
        app.loadReferenceData().load();
        AccountWithPassword created = app.createAdministrator().create(new EmailAddress("ada@example.nhs.uk"),
                "Ada Admin", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY).orElseThrow();
        admin = app.changePassword().change(Actor.of(created.member()), created.oneTimePassword(), PASSWORD)
                .orElseThrow().member();
    }

    @Test
    void an_administrator_without_an_authenticator_gets_a_session_that_must_set_one_up() {
        SignedIn signedIn = signIn("ada@example.nhs.uk");

        assertThat(signedIn.stage()).isEqualTo(SessionStage.MUST_ENROL);
        assertThat(app.authenticate().session(signedIn.sessionToken())).map(SignedInStaff::stage)
                .contains(SessionStage.MUST_ENROL);
    }

    @Test
    void once_set_up_the_password_alone_opens_only_a_session_waiting_for_the_code() {
        String secret = setUp(signIn("ada@example.nhs.uk")).secret();

        SignedIn password = signIn("ada@example.nhs.uk");

        assertThat(password.stage()).isEqualTo(SessionStage.AWAITING_CODE);
        SignedIn full = app.proveSecondFactor().prove(password.sessionToken(), codeNow(secret, 1)).orElseThrow();
        assertThat(full.stage()).isEqualTo(SessionStage.COMPLETE);
        assertThat(full.sessionToken()).isNotEqualTo(password.sessionToken());
        assertThat(app.authenticate().session(password.sessionToken())).isEmpty();
        assertThat(app.authenticate().session(full.sessionToken())).map(SignedInStaff::stage)
                .contains(SessionStage.COMPLETE);
    }

    @Test
    void a_code_is_accepted_once_and_a_wrong_one_not_at_all() {
        String secret = setUp(signIn("ada@example.nhs.uk")).secret();
        clock.advance(Duration.ofSeconds(TimeBasedCodes.STEP_SECONDS));
        String code = codeNow(secret, 0);
        app.proveSecondFactor().prove(signIn("ada@example.nhs.uk").sessionToken(), code).orElseThrow();

        SignedIn again = signIn("ada@example.nhs.uk");
        Outcome<SignedIn> replayed = app.proveSecondFactor().prove(again.sessionToken(), code);
        Outcome<SignedIn> wrong = app.proveSecondFactor().prove(again.sessionToken(), "000000".equals(code)
                ? "111111" : "000000");

        assertThat(rejection(replayed)).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(rejection(wrong)).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(app.security().auditEntries()).filteredOn(entry -> entry.action().equals("staff.second-factor-failed"))
                .hasSize(2);
    }

    @Test
    void a_recovery_code_signs_in_once() {
        SetUpSecondFactor.SetUp setUp = setUp(signIn("ada@example.nhs.uk")).setUp();
        String recovery = setUp.recoveryCodes().getFirst();

        SignedIn withRecovery = app.proveSecondFactor().prove(signIn("ada@example.nhs.uk").sessionToken(),
                recovery.toUpperCase()).orElseThrow();
        Outcome<SignedIn> secondTime = app.proveSecondFactor().prove(signIn("ada@example.nhs.uk").sessionToken(),
                recovery);

        assertThat(withRecovery.stage()).isEqualTo(SessionStage.COMPLETE);
        assertThat(rejection(secondTime)).isInstanceOf(Rejection.InvalidInput.class);
        assertThat(setUp.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(app.setUpSecondFactor().begin(Actor.of(admin)).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void too_many_wrong_codes_for_one_account_are_throttled_even_with_the_right_code() {
        String secret = setUp(signIn("ada@example.nhs.uk")).secret();
        SignedIn waiting = signIn("ada@example.nhs.uk");
        for (int attempt = 0; attempt < app.settings().failedSignInsPerAccount().capacity(); attempt++) {
            app.proveSecondFactor().prove(waiting.sessionToken(), "12345" + attempt);
        }

        assertThat(rejection(app.proveSecondFactor().prove(waiting.sessionToken(), codeNow(secret, 1))))
                .isInstanceOf(Rejection.Throttled.class);
    }

    @Test
    void a_session_waiting_for_its_code_ends_after_five_minutes() {
        String secret = setUp(signIn("ada@example.nhs.uk")).secret();
        SignedIn waiting = signIn("ada@example.nhs.uk");

        clock.advance(SessionStarts.CODE_AWAITED_FOR);

        assertThat(rejection(app.proveSecondFactor().prove(waiting.sessionToken(), codeNow(secret, 0))))
                .isInstanceOf(Rejection.NotSignedIn.class);
    }

    @Test
    void a_responder_may_go_without_a_second_factor() {
        AccountWithPassword responder = app.manageStaff().create(Actor.of(admin), new NewStaffMember(
                new EmailAddress("rita@example.nhs.uk"), "Rita", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                Set.of(Role.RESPONDER))).orElseThrow();

        SignedIn signedIn = app.signIn().signIn("rita@example.nhs.uk", responder.oneTimePassword(), "192.0.2.9")
                .orElseThrow();

        assertThat(signedIn.stage()).isEqualTo(SessionStage.COMPLETE);
    }

    @Test
    void an_administrators_password_reset_takes_the_second_factor_away_with_the_tokens() {
        AccountWithPassword moderator = app.manageStaff().create(Actor.of(admin), new NewStaffMember(
                new EmailAddress("mo@example.nhs.uk"), "Mo", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY,
                Set.of(Role.MODERATOR))).orElseThrow();
        SignedIn first = app.signIn().signIn("mo@example.nhs.uk", moderator.oneTimePassword(), "192.0.2.8")
                .orElseThrow();
        SignedIn settled = app.changePassword().change(Actor.of(first.member()), moderator.oneTimePassword(), PASSWORD)
                .orElseThrow();
        setUp(settled);

        AccountWithPassword reset = app.manageStaff().resetPassword(Actor.of(admin), first.member().id()).orElseThrow();

        SignedIn afterReset = app.signIn().signIn("mo@example.nhs.uk", reset.oneTimePassword(), "192.0.2.7")
                .orElseThrow();
        assertThat(afterReset.stage()).isEqualTo(SessionStage.MUST_ENROL);
    }

    @Test
    void a_password_people_commonly_choose_is_refused() {
        Outcome<SignedIn> common = app.changePassword().change(Actor.of(admin), PASSWORD, "Qwerty123456");

        assertThat(rejection(common)).isInstanceOfSatisfying(Rejection.InvalidInput.class, invalid ->
                assertThat(invalid.problems().toString()).contains("passwords people use most"));
        assertThat(CommonPasswords.size()).isGreaterThan(10_000);
    }

    /** The secret set up by the session {@code signedIn}, and what setting it up gave. */
    private record Enrolled(String secret, SetUpSecondFactor.SetUp setUp) {
    }

    private Enrolled setUp(SignedIn signedIn) {
        Actor actor = Actor.of(signedIn.member());
        String secret = app.setUpSecondFactor().begin(actor).secret();
        SetUpSecondFactor.SetUp setUp = app.setUpSecondFactor().confirm(actor, signedIn.sessionToken(),
                codeNow(secret, 0)).orElseThrow();
        // The code used to set it up may not be used again: the next one comes with the next step.
        clock.advance(Duration.ofSeconds(TimeBasedCodes.STEP_SECONDS));
        return new Enrolled(secret, setUp);
    }

    private String codeNow(String secret, int stepsAhead) {
        return TimeBasedCodes.code(TimeBasedCodes.fromBase32(secret),
                TimeBasedCodes.step(clock.instant()) + stepsAhead);
    }

    private SignedIn signIn(String email) {
        return app.signIn().signIn(email, PASSWORD, "198.51.100." + ADDRESS.incrementAndGet()).orElseThrow();
    }

    private static Rejection rejection(Outcome<?> outcome) {
        return ((Outcome.Rejected<?>) outcome).rejection();
    }
}
