package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.web.PublicWeb;
import org.bettercaretogether.web.platform.WebServer;

/** The Javalin server with the public pages, the JSON API and the health endpoints; started by {@link Platform}. */
public final class WebModule extends AbstractModule {

    @Provides
    @Singleton
    WebServer webServer(BrowseDirectory directory, FindCommunityForPlace places, CheckReadiness readiness) {
        return PublicWeb.server(directory, places, readiness);
    }
}
