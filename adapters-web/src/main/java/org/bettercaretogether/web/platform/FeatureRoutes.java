package org.bettercaretogether.web.platform;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * All the route groups of one feature, as the one {@link Routes} the composition root adds to the server. Each
 * feature has one such class, named {@code <Feature>Web}, whose constructor takes exactly the inbound ports the
 * feature calls (with the standard {@code jakarta.inject.Inject}, so a container can build it) and hands its route
 * groups, in the order they must be registered, to this class:
 *
 * <pre>{@code
 * public final class AuditWeb extends FeatureRoutes {
 *     @Inject
 *     public AuditWeb(ReadAuditLog log, ManageStaff staff) {
 *         super(new AuditRoutes(log, staff));
 *     }
 * }
 * }</pre>
 *
 * Adding a feature is then one such class and one line where the server is composed.
 */
public abstract class FeatureRoutes implements Routes {

    private final List<Routes> groups;

    /** The feature's route groups, registered in this order. */
    protected FeatureRoutes(Routes... groups) {
        this.groups = List.of(groups);
    }

    @Override
    public final void register(RoutesConfig routes) {
        groups.forEach(group -> group.register(routes));
    }
}
