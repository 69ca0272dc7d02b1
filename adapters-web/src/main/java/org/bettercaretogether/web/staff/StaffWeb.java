package org.bettercaretogether.web.staff;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.web.platform.Routes;

/** The staff side's own route groups, for the composition of the web server: the gate first. */
public final class StaffWeb {

    private StaffWeb() {
    }

    /**
     * The {@link StaffGate} (which must come before any other staff route group), signing in and out, the staff
     * home and {@code /api/v1/staff/me}, changing one's password, one's own API tokens, and the staff accounts
     * administrators manage.
     */
    public static List<Routes> routes(SignIn signIn, Authenticate authenticate, SignOut signOut,
                                      ChangePassword changePassword, ManageApiTokens apiTokens,
                                      ManageStaff manageStaff, BrowseDirectory directory, Clock clock) {
        return List.of(
                new StaffGate(Objects.requireNonNull(authenticate, "authenticate")),
                new SignInRoutes(Objects.requireNonNull(signIn, "signIn"),
                        Objects.requireNonNull(signOut, "signOut"), authenticate),
                new StaffHomeRoutes(Objects.requireNonNull(directory, "directory")),
                new PasswordRoutes(Objects.requireNonNull(changePassword, "changePassword")),
                new TokenRoutes(Objects.requireNonNull(apiTokens, "apiTokens"), Objects.requireNonNull(clock, "clock")),
                new AccountRoutes(Objects.requireNonNull(manageStaff, "manageStaff"), directory));
    }
}
