package org.bettercaretogether.core;

import com.google.inject.AbstractModule;
import org.bettercaretogether.application.shared.PortSet;
import org.bettercaretogether.persistence.DatabaseVersion;
import org.bettercaretogether.persistence.PostgresAdapters;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * The outbound ports on PostgreSQL: each port {@link PostgresAdapters} lists is bound to its implementation there, so a
 * new repository needs no line here. The pool is opened and migrated by whoever builds the injector
 * ({@link BetterCareTogether}, or the runnable service), not here, and making the adapters connects to nothing, so
 * building the injector does no I/O.
 */
public final class PersistenceModule extends AbstractModule {

    private final DataSource dataSource;
    private final Duration cacheStaleness;

    /** The ports on {@code dataSource}, seeing other nodes' changes within {@link DatabaseVersion#DEFAULT_STALENESS}. */
    public PersistenceModule(DataSource dataSource) {
        this(dataSource, DatabaseVersion.DEFAULT_STALENESS);
    }

    /**
     * The ports on {@code dataSource}; answers kept in memory may show data another node or process changed for up to
     * {@code cacheStaleness} (see {@link DatabaseVersion}).
     */
    public PersistenceModule(DataSource dataSource, Duration cacheStaleness) {
        this.dataSource = dataSource;
        this.cacheStaleness = cacheStaleness;
    }

    @Override
    protected void configure() {
        new PostgresAdapters(dataSource, cacheStaleness).ports().forEach(this::bindPort);
    }

    private <T> void bindPort(PortSet.Port<T> port) {
        bind(port.type()).toInstance(port.implementation());
    }
}
