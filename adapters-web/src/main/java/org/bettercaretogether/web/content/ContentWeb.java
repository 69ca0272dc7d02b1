package org.bettercaretogether.web.content;

import jakarta.inject.Inject;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The content pages: {@code /accessibility}, {@code /privacy} and {@code /contact}; the privacy notice says how long
 * personal data is kept as this installation keeps it.
 */
public final class ContentWeb extends FeatureRoutes {

    @Inject
    public ContentWeb(RetentionSettings retention) {
        super(new ContentRoutes(PrivacyNotice.of(retention)));
    }
}
