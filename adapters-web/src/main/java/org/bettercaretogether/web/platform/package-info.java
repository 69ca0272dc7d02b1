/**
 * Infrastructure shared by every feature of the web adapter: {@link org.bettercaretogether.web.platform.WebServer}
 * (the Javalin server the composition root builds and starts), the {@link org.bettercaretogether.web.platform.Routes}
 * contract feature route groups implement, rendering of the build-time compiled jte templates inside the common
 * GOV.UK Frontend layout, and the one place where every failure becomes an RFC 9457 problem (under {@code /api/})
 * or an HTML error page (everywhere else); the security headers every answer carries, how a request reached the
 * service ({@link org.bettercaretogether.web.platform.ClientConnection}, by the
 * {@link org.bettercaretogether.web.platform.WebSettings}), and the rate limit on public submissions.
 */
package org.bettercaretogether.web.platform;
