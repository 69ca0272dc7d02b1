package org.bettercaretogether.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.application.security.TimeBasedCodes;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.memory.InMemoryApplication;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;

/**
 * Staff accounts for web tests, made through the application's own use cases: an administrator (created as
 * the command line does), then members with the given roles, each having replaced their one-time password
 * unless asked not to, and having set up an authenticator app when their roles need one (the {@link Authenticator}
 * then plays the app on the person's phone).
 */
public final class StaffAccounts {

    /** The password every account made here has, once it has replaced its one-time password. */
    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final InMemoryApplication app;
    private final Clock clock;
    private Account admin;

    public StaffAccounts(InMemoryApplication app, Clock clock) {
        this.app = app;
        this.clock = clock;
    }

    /**
     * The authenticator app on a person's phone, set up with the service: it gives the code of the time step, or of the
     * next one when that was used (the service accepts a step either side of now, each once), and when the clock has
     * not moved on far enough for another, one of the person's recovery codes.
     */
    public static final class Authenticator {

        private final byte[] secret;
        private final Clock clock;
        private final Supplier<List<String>> newRecoveryCodes;
        private long lastStep = Long.MIN_VALUE;

        Authenticator(String secret, Clock clock, Supplier<List<String>> newRecoveryCodes) {
            this.secret = TimeBasedCodes.fromBase32(secret);
            this.clock = clock;
            this.newRecoveryCodes = newRecoveryCodes;
        }

        /**
         * What the person types at the second step of signing in. Tests that sign one person in many times within a
         * few seconds use up the codes of their time steps, then a recovery code, from a new set each time (a test may
         * have replaced the set the last one came from).
         */
        public synchronized String nextCode() {
            long now = TimeBasedCodes.step(clock.instant());
            long step = Math.max(now - 1, lastStep + 1);
            if (step > now + 1) {
                return newRecoveryCodes.get().getFirst();
            }
            lastStep = step;
            return TimeBasedCodes.code(secret, step);
        }

        /** A code the service has not accepted yet and will not: of a step long past. */
        public String staleCode() {
            return TimeBasedCodes.code(secret, TimeBasedCodes.step(clock.instant()) - 10);
        }
    }

    /** A member of staff: their stored record, email address, current password and authenticator, if set up. */
    public record Account(StaffMember member, String email, String password, Optional<Authenticator> authenticator) {

        public Actor actor() {
            return Actor.of(member);
        }

        @Override
        public String toString() {
            return "Account[" + member.rolesInOrder() + "]";
        }
    }

    /** A new administrator of the University Hospitals of Morecambe Bay, password replaced. */
    public Account admin() {
        String email = email("admin");
        AccountWithPassword created = app.createAdministrator()
                .create(new EmailAddress(email), "Ada Admin", MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY)
                .orElseThrow();
        return settled(new Account(created.member(), email, created.oneTimePassword(), Optional.empty()));
    }

    /** A new member of {@code partner} with {@code roles}, password replaced. */
    public Account member(PartnerId partner, Role... roles) {
        return settled(withOneTimePassword(partner, roles));
    }

    /** A new member of the University Hospitals of Morecambe Bay with {@code roles}, password replaced. */
    public Account member(Role... roles) {
        return member(MorecambeBay.UNIVERSITY_HOSPITALS_OF_MORECAMBE_BAY, roles);
    }

    /** A new member of {@code partner} with {@code roles}, still holding the one-time password they were given. */
    public Account withOneTimePassword(PartnerId partner, Role... roles) {
        String email = email(roles.length == 0 ? "staff" : roles[0].name().toLowerCase().replace('_', '-'));
        if (admin == null) {
            admin = admin();
        }
        AccountWithPassword created = app.manageStaff().create(admin.actor(), new NewStaffMember(
                new EmailAddress(email), "Sam " + NUMBER.incrementAndGet(), partner, Set.copyOf(Arrays.asList(roles))))
                .orElseThrow();
        return new Account(created.member(), email, created.oneTimePassword(), Optional.empty());
    }

    /**
     * A new session of {@code account}, started through the application, from an address of its own, with the code of
     * its authenticator when it has one.
     */
    public SignedIn signIn(Account account) {
        SignedIn signedIn = app.signIn().signIn(account.email(), account.password(),
                "198.51.100." + NUMBER.incrementAndGet() % 250).orElseThrow();
        if (signedIn.stage() != SessionStage.AWAITING_CODE) {
            return signedIn;
        }
        return app.proveSecondFactor().prove(signedIn.sessionToken(), account.authenticator().orElseThrow().nextCode())
                .orElseThrow();
    }

    /** A new API token of {@code account}, issued through the application. */
    public String apiToken(Account account) {
        return app.manageApiTokens().issue(account.actor(), "test", Optional.empty()).orElseThrow().token();
    }

    /** Whether {@code password} is {@code account}'s password now (checked by signing in through the application). */
    public boolean passwordIs(Account account, String password) {
        return app.signIn().signIn(account.email(), password, "192.0.2." + NUMBER.incrementAndGet() % 250)
                instanceof org.bettercaretogether.application.shared.Outcome.Done<SignedIn>;
    }

    private Account settled(Account account) {
        SignedIn signedIn = app.changePassword().change(account.actor(), account.password(), PASSWORD).orElseThrow();
        if (signedIn.stage() != SessionStage.MUST_ENROL) {
            return new Account(signedIn.member(), account.email(), PASSWORD, Optional.empty());
        }
        return new Account(signedIn.member(), account.email(), PASSWORD, Optional.of(setUpAuthenticator(signedIn)));
    }

    /** Sets up an authenticator app for the person of {@code signedIn}, as they would on the second-factor page. */
    public Authenticator setUpAuthenticator(SignedIn signedIn) {
        Actor actor = Actor.of(signedIn.member());
        String secret = app.setUpSecondFactor().begin(actor).secret();
        Authenticator phone = new Authenticator(secret, clock,
                () -> app.setUpSecondFactor().newRecoveryCodes(actor).orElseThrow());
        app.setUpSecondFactor().confirm(actor, signedIn.sessionToken(), phone.nextCode()).orElseThrow();
        return phone;
    }

    private static String email(String who) {
        return who + "." + NUMBER.incrementAndGet() + "@example.nhs.uk";
    }
}
