package org.bettercaretogether.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bettercaretogether.application.referencedata.MorecambeBay;
import org.bettercaretogether.application.security.SignedIn;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.application.testing.InMemoryApplication;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;

/**
 * Staff accounts for web tests, made through the application's own use cases: an administrator (created as
 * the command line does), then members with the given roles, each having replaced their one-time password
 * unless asked not to.
 */
public final class StaffAccounts {

    /** The password every account made here has, once it has replaced its one-time password. */
    public static final String PASSWORD = "correct horse battery staple";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final InMemoryApplication app;
    private Account admin;

    public StaffAccounts(InMemoryApplication app) {
        this.app = app;
    }

    /** A member of staff: their stored record, email address and current password. */
    public record Account(StaffMember member, String email, String password) {

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
        return settled(new Account(created.member(), email, created.oneTimePassword()));
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
        return new Account(created.member(), email, created.oneTimePassword());
    }

    /** A new session of {@code account}, started through the application, from an address of its own. */
    public SignedIn signIn(Account account) {
        return app.signIn().signIn(account.email(), account.password(), "198.51.100." + NUMBER.incrementAndGet() % 250)
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
        return new Account(signedIn.member(), account.email(), PASSWORD);
    }

    private static String email(String who) {
        return who + "." + NUMBER.incrementAndGet() + "@example.nhs.uk";
    }
}
