package org.bettercaretogether.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import org.bettercaretogether.application.community.FindCommunityForPlace;
import org.bettercaretogether.application.community.PlaceFinder;
import org.bettercaretogether.application.directory.AdministerDirectory;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.DirectoryAdministration;
import org.bettercaretogether.application.directory.DirectoryBrowser;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.application.health.ReadinessCheck;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataLoader;

import java.time.Clock;

/** The use cases, each bound to the service that implements it, and the clock they read. */
public final class ApplicationModule extends AbstractModule {

    private final Clock clock;

    public ApplicationModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(BrowseDirectory.class).to(DirectoryBrowser.class).in(Singleton.class);
        bind(AdministerDirectory.class).to(DirectoryAdministration.class).in(Singleton.class);
        bind(FindCommunityForPlace.class).to(PlaceFinder.class).in(Singleton.class);
        bind(LoadReferenceData.class).to(ReferenceDataLoader.class).in(Singleton.class);
        bind(CheckReadiness.class).to(ReadinessCheck.class).in(Singleton.class);
    }
}
