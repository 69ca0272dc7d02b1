package org.bettercaretogether.web.follow;

import jakarta.inject.Inject;
import org.bettercaretogether.application.follow.FollowByEmail;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * Following by email: {@code /consultations/{slug}/follow}, {@code /communities/{slug}/follow} and
 * {@code /workstreams/{slug}/follow} (the form), {@code /follow/check-your-email}, the confirmation link
 * {@code /follow/confirm/{token}} and the unsubscribe link {@code /unsubscribe/{token}}.
 */
public final class FollowWeb extends FeatureRoutes {

    @Inject
    public FollowWeb(FollowByEmail follow) {
        super(new FollowRoutes(follow));
    }
}
