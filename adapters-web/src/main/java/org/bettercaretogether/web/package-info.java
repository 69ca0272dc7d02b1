/**
 * The web adapter of the Better Care Together platform: the public HTML pages, the JSON API under
 * {@code /api/v1} and the operational endpoints, served by Javalin. Each feature (communities, partners,
 * workstreams, feedback...) gets its own sub-package holding a {@link org.bettercaretogether.web.platform.Routes}
 * group, its templates under {@code src/main/jte/<feature>/} and its JSON views; the shared infrastructure
 * (server, rendering, error handling, health) lives in {@link org.bettercaretogether.web.platform}.
 * {@link org.bettercaretogether.web.PublicWeb} puts the public features together into one server for the
 * composition root.
 */
package org.bettercaretogether.web;
