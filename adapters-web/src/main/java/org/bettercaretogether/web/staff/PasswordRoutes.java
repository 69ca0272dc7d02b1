package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.bettercaretogether.application.security.ChangePassword;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * Changing one's own password: {@code GET/POST /staff/password}. The application ends every session of the
 * person and starts a new one for this browser, whose cookie is set here; then the person is sent to the staff
 * home with a notice (or on to set up the second factor their roles need).
 */
record PasswordRoutes(ChangePassword changePassword) implements Routes {

    static final String CURRENT = "current-password";
    static final String NEW = "new-password";
    static final String CONFIRM = "confirm-password";
    private static final String TEMPLATE = "staff/password.jte";
    /** The application's names for the fields, and the form's. */
    private static final Map<String, String> FIELDS = Map.of(
            "currentPassword", CURRENT, "current", CURRENT, "password", NEW, "newPassword", NEW);

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAccess.PASSWORD, ctx -> render(ctx, FormErrors.none()));
        routes.post(StaffAccess.PASSWORD, this::change);
    }

    private void change(Context ctx) {
        String current = password(ctx, CURRENT);
        String replacement = password(ctx, NEW);
        String confirmation = password(ctx, CONFIRM);
        var errors = FormErrors.builder();
        if (current.isEmpty()) {
            errors.add(CURRENT, "Enter your current password");
        }
        if (replacement.isEmpty()) {
            errors.add(NEW, "Enter a new password");
        } else if (replacement.length() < ChangePassword.MINIMUM_LENGTH) {
            errors.add(NEW, "New password must be " + ChangePassword.MINIMUM_LENGTH + " characters or more");
        } else if (replacement.length() > ChangePassword.MAXIMUM_LENGTH) {
            errors.add(NEW, "New password must be " + ChangePassword.MAXIMUM_LENGTH + " characters or fewer");
        }
        if (confirmation.isEmpty() && !replacement.isEmpty()) {
            errors.add(CONFIRM, "Confirm your new password");
        } else if (!confirmation.equals(replacement)) {
            errors.add(CONFIRM, "The passwords do not match: enter the same new password twice");
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, errors.build());
            return;
        }
        StaffForms.answerWith(ctx, changePassword.change(StaffAccess.actor(ctx), current, replacement), signedIn -> {
            StaffCookies.startSession(ctx, signedIn.sessionToken());
            String next = SignInRoutes.nextPage(signedIn);
            ctx.redirect(next.equals(StaffAccess.PAGES) ? next + "?" + StaffHomeRoutes.PASSWORD_CHANGED : next,
                    HttpStatus.SEE_OTHER);
        }, refused -> render(ctx, FormErrors.of(refused, FIELDS,
                refused instanceof Rejection.InvalidInput ? NEW : CURRENT)), Rejection.NotSignedIn.class,
                Rejection.Throttled.class);
    }

    private static String password(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
    }

    private static void render(Context ctx, FormErrors errors) {
        ctx.render(TEMPLATE, Map.of("form",
                new PasswordPage(StaffAccess.staff(ctx).mustChangePassword(), errors, ChangePassword.MINIMUM_LENGTH)));
    }
}
