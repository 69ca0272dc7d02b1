/**
 * The web adapter of the Better Care Together platform: the public HTML pages, the JSON API under
 * {@code /api/v1} and the operational endpoints, served by Javalin. Each feature (communities, partners,
 * workstreams, feedback...) gets its own sub-package holding a {@link org.bettercaretogether.web.platform.Routes}
 * group, its templates under {@code src/main/jte/<feature>/} and its JSON bodies; the shared infrastructure
 * (server, rendering, error handling, health, security headers, the rate limit on public submissions) lives in
 * {@link org.bettercaretogether.web.platform}; the staff side (sign-in, sessions, API tokens, the gate before
 * {@code /staff} and {@code /api/v1/staff}) in {@link org.bettercaretogether.web.staff}.
 * Features never import one another: what two of them show alike is in the platform. Each feature has one public
 * class, {@code <Feature>Web} (a {@link org.bettercaretogether.web.platform.FeatureRoutes}), taking exactly the
 * inbound ports it calls; the composition root hands those, with the
 * {@link org.bettercaretogether.web.platform.SubmissionThrottle}, to a
 * {@link org.bettercaretogether.web.platform.WebServer}:
 *
 * <pre>{@code
 * var server = new WebServer(List.of(new SubmissionThrottle(admit), new StaffWeb(...), new DirectoryWeb(...), ...),
 *         checkReadiness::ready, new WebSettings(behindProxy, clock)).start(8080);
 * }</pre>
 */
package org.bettercaretogether.web;
