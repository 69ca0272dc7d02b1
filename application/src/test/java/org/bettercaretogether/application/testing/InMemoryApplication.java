package org.bettercaretogether.application.testing;

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

/**
 * The application's use cases wired to {@link InMemoryAdapters}: the whole application without a database,
 * for tests of an adapter or of an embedding service.
 *
 * <pre>{@code
 * var app = InMemoryApplication.withReferenceData();
 * app.findCommunityForPlace().find(PlaceQuery.parse("Kendal"));
 * }</pre>
 */
public final class InMemoryApplication {

    private final InMemoryAdapters adapters;
    private final BrowseDirectory browseDirectory;
    private final AdministerDirectory administerDirectory;
    private final FindCommunityForPlace findCommunityForPlace;
    private final LoadReferenceData loadReferenceData;
    private final CheckReadiness checkReadiness;

    public InMemoryApplication(Clock clock) {
        this.adapters = new InMemoryAdapters();
        this.browseDirectory = new DirectoryBrowser(adapters.vanguard(), adapters.partners(), adapters.networks(),
                adapters.communities(), adapters.workstreams());
        this.administerDirectory = new DirectoryAdministration(adapters.transactions(), adapters.vanguard(),
                adapters.partners(), adapters.networks(), adapters.communities(), adapters.workstreams());
        this.findCommunityForPlace = new PlaceFinder(browseDirectory);
        this.loadReferenceData = new ReferenceDataLoader(adapters.transactions(), adapters.releases(),
                administerDirectory, adapters.vanguard(), adapters.partners(), adapters.networks(),
                adapters.communities(), adapters.workstreams(), clock);
        this.checkReadiness = new ReadinessCheck(adapters.storeHealth());
    }

    /** An empty application on the system clock. */
    public static InMemoryApplication empty() {
        return new InMemoryApplication(Clock.systemUTC());
    }

    /** An application holding the Morecambe Bay reference data. */
    public static InMemoryApplication withReferenceData() {
        InMemoryApplication application = empty();
        application.loadReferenceData().load();
        return application;
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public BrowseDirectory browseDirectory() {
        return browseDirectory;
    }

    public AdministerDirectory administerDirectory() {
        return administerDirectory;
    }

    public FindCommunityForPlace findCommunityForPlace() {
        return findCommunityForPlace;
    }

    public LoadReferenceData loadReferenceData() {
        return loadReferenceData;
    }

    public CheckReadiness checkReadiness() {
        return checkReadiness;
    }
}
