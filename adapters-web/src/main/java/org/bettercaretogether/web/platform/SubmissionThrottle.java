package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.AdmitPublicSubmission;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;

/**
 * The rate limit on public submissions: every state-changing request (POST, PUT, PATCH, DELETE) to a public
 * address — a form or the public API, anything outside the {@linkplain StaffAddresses staff side} — asks
 * {@link AdmitPublicSubmission} first, keyed by the {@linkplain ClientConnection#clientAddress() client's
 * address}. Refused, it answers 429 with {@code Retry-After} (a problem document under {@code /api/}, an error
 * page elsewhere) and the handler does not run. Only requests a route answers are counted: a flood of requests
 * to addresses that do not exist costs nothing and changes nothing.
 *
 * <p>The staff side has its own defences: the session or token, and sign-in's own throttling.
 */
public final class SubmissionThrottle implements Routes {

    private final AdmitPublicSubmission admit;

    @Inject
    public SubmissionThrottle(AdmitPublicSubmission admit) {
        this.admit = Objects.requireNonNull(admit, "admit");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::admit);
    }

    private void admit(Context ctx) {
        if (!Requests.changesState(ctx) || StaffAddresses.isStaff(ctx.path())) {
            return;
        }
        Admission admission = admit.admit(ClientConnection.of(ctx).clientAddress());
        if (!admission.allowed()) {
            throw new RejectedException(new Rejection.Throttled(admission.retryAfter()));
        }
    }
}
