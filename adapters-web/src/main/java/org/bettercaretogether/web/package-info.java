/**
 * The web adapter of the Better Care Together platform: the public HTML pages, the JSON API under
 * {@code /api/v1} and the operational endpoints, served by Javalin. Each feature (communities, partners,
 * workstreams, feedback...) gets its own sub-package holding a {@link org.bettercaretogether.web.platform.Routes}
 * group, its templates under {@code src/main/jte/<feature>/} and its JSON views; the shared infrastructure
 * (server, rendering, error handling, health, security headers, the rate limit on public submissions) lives in
 * {@link org.bettercaretogether.web.platform}; the staff side (sign-in, sessions, API tokens, the gate before
 * {@code /staff} and {@code /api/v1/staff}) in {@link org.bettercaretogether.web.staff}.
 * {@link org.bettercaretogether.web.PublicWeb} puts every feature together into one server for the composition
 * root, from the inbound ports gathered in {@link org.bettercaretogether.web.WebPorts}.
 */
package org.bettercaretogether.web;
