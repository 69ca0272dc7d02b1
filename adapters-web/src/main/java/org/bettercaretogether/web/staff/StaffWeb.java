package org.bettercaretogether.web.staff;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.security.Authenticate;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.security.ManageApiTokens;
import org.bettercaretogether.application.security.ProveSecondFactor;
import org.bettercaretogether.application.security.SetUpSecondFactor;
import org.bettercaretogether.application.security.SignIn;
import org.bettercaretogether.application.security.SignOut;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The staff side's own routes: the {@link StaffGate} (so this feature must be registered before any other with staff
 * routes), signing in and out with the second factor and setting one up, the staff home and {@code /api/v1/staff/me}, changing one's password, one's own API
 * tokens, and the staff accounts administrators manage.
 */
public final class StaffWeb extends FeatureRoutes {

    @Inject
    public StaffWeb(SignIn signIn, Authenticate authenticate, SignOut signOut, ProveSecondFactor proveSecondFactor,
                    SetUpSecondFactor setUpSecondFactor, ChangePassword changePassword, ManageApiTokens apiTokens,
                    ManageStaff manageStaff, BrowseDirectory directory, Clock clock) {
        super(new StaffGate(authenticate),
                new SignInRoutes(signIn, signOut, authenticate),
                new SecondFactorRoutes(proveSecondFactor, setUpSecondFactor),
                new StaffHomeRoutes(directory),
                new StaffHomeApiRoutes(directory),
                new PasswordRoutes(changePassword),
                new TokenRoutes(apiTokens, clock),
                new TokenApiRoutes(apiTokens, clock),
                new AccountRoutes(manageStaff, directory),
                new AccountApiRoutes(manageStaff, directory));
    }
}
