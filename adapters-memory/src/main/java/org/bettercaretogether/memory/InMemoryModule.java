package org.bettercaretogether.memory;

import com.google.inject.AbstractModule;
import org.bettercaretogether.application.shared.PortSet;

import java.time.Clock;

/**
 * Every outbound port held in memory, for a Guice injector: installed with the use cases' module in place of the
 * PostgreSQL and mail modules, it runs the whole library without a database or a mail server, so that an embedding
 * service's tests run in a moment. Each port {@link InMemoryPorts} lists is bound to its implementation there, so a new
 * port needs no line here; making them does no I/O.
 *
 * <pre>{@code
 * BetterCareTogether.builder().outboundPorts(new InMemoryModule(clock)).clock(clock).build();
 * }</pre>
 */
public final class InMemoryModule extends AbstractModule {

    private final InMemoryPorts ports;

    /** Empty stores, on the system clock. */
    public InMemoryModule() {
        this(Clock.systemUTC());
    }

    /** Empty stores on {@code clock}, which should be the one the use cases read. */
    public InMemoryModule(Clock clock) {
        this(new InMemoryPorts(clock));
    }

    /** The ports given, which a test keeps to look behind the use cases (the mailbox, say). */
    public InMemoryModule(InMemoryPorts ports) {
        this.ports = ports;
    }

    @Override
    protected void configure() {
        ports.ports().forEach(this::bindPort);
    }

    private <T> void bindPort(PortSet.Port<T> port) {
        bind(port.type()).toInstance(port.implementation());
    }
}
