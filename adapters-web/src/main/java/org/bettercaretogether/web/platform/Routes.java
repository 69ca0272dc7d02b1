package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;

/**
 * A group of routes belonging to one feature, handed to {@link WebServer} by the composition root.
 *
 * <p>Javalin 7 declares every route up front, inside {@code Javalin.create(cfg -> ...)}: the server calls
 * {@link #register(RoutesConfig)} once per group with {@code cfg.routes}. A group declares its handlers there,
 * typically as method references of a record of the inbound ports it calls. A group answers either pages
 * ({@code <Feature>Routes}) or JSON ({@code <Feature>ApiRoutes}), never both:
 *
 * <pre>{@code
 * record PartnerRoutes(BrowseDirectory directory) implements Routes {
 *     @Override public void register(RoutesConfig routes) {
 *         routes.get("/partners", this::page);
 *     }
 *     private void page(Context ctx) {
 *         ctx.render("partners/list.jte", Map.of("partners", directory.partners()));
 *     }
 * }
 *
 * record PartnerApiRoutes(BrowseDirectory directory) implements Routes {
 *     @Override public void register(RoutesConfig routes) {
 *         routes.get("/api/v1/partners", ctx -> ctx.json(Items.of(directory.partners(), PartnerJson::of)));
 *     }
 * }
 * }</pre>
 *
 * <p>Handlers signal expected failures by throwing {@link HttpProblem} (or Javalin's own
 * {@code HttpResponseException}s and validators); anything else that escapes becomes a 500 with an incident id.
 */
@FunctionalInterface
public interface Routes {

    /** Declares this group's handlers on the server being configured. Called once, before the server starts. */
    void register(RoutesConfig routes);
}
