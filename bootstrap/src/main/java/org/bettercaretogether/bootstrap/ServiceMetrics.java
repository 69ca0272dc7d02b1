package org.bettercaretogether.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The service's meters, answered at {@code /metrics} in Prometheus's text format: the JVM's (memory, collections,
 * threads, classes, processor, uptime), the web server's requests ({@code http_server_requests_seconds}), the pool's
 * ({@code hikaricp_connections*}), the mail outbox's backlog, and the counts of sign-ins, rate-limit refusals and
 * failed deliveries. No meter is tagged with anything a person typed.
 *
 * <p>Nothing is measured by asking the database per request: the outbox's backlog is read when Prometheus scrapes,
 * once for its three gauges.
 */
final class ServiceMetrics implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceMetrics.class);
    /** How long one reading of the backlog serves its gauges: the three of one scrape share it. */
    private static final Duration BACKLOG_READ_FOR = Duration.ofSeconds(1);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics collections = new JvmGcMetrics();
    /** Held here: a gauge holds the object it reads only weakly. */
    private RecentReading outbox;

    ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        collections.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Everything measured, in Prometheus's text format. */
    String scrape() {
        return registry.scrape();
    }

    /** Gauges of the mail outbox's backlog, read from {@code backlog} when scraped (NaN when it cannot be read). */
    void watchOutbox(Supplier<OutboxBacklog> backlog) {
        RecentReading reading = new RecentReading(backlog);
        outbox = reading;
        Gauge.builder("bct.outbox.waiting", reading, gauge(OutboxBacklog::waiting))
                .description("Messages in the mail outbox waiting to be sent").register(registry);
        TimeGauge.builder("bct.outbox.oldest.waiting", reading, TimeUnit.SECONDS,
                        gauge(waiting -> waiting.oldestWaiting().toMillis() / 1000.0))
                .description("How long the oldest message waiting in the mail outbox has waited").register(registry);
        Gauge.builder("bct.outbox.undelivered", reading, gauge(OutboxBacklog::undelivered))
                .description("Messages the mail outbox gave up on, until an administrator sends them again")
                .register(registry);
    }

    private static ToDoubleFunction<RecentReading> gauge(ToDoubleFunction<OutboxBacklog> measure) {
        return reading -> {
            OutboxBacklog read = reading.get();
            return read == null ? Double.NaN : measure.applyAsDouble(read);
        };
    }

    @Override
    public void close() {
        collections.close();
        registry.close();
    }

    /** The backlog as last read, read again once older than {@link #BACKLOG_READ_FOR}; null when unreadable. */
    private static final class RecentReading {

        private final Supplier<OutboxBacklog> backlog;
        private OutboxBacklog last;
        private boolean read;
        private long readAt;

        RecentReading(Supplier<OutboxBacklog> backlog) {
            this.backlog = backlog;
        }

        synchronized OutboxBacklog get() {
            long now = System.nanoTime();
            if (!read || now - readAt > BACKLOG_READ_FOR.toNanos()) {
                read = true;
                readAt = now;
                try {
                    last = backlog.get();
                } catch (RuntimeException unreadable) {
                    log.debug("The mail outbox's backlog could not be read for the metrics: {}",
                            unreadable.getClass().getSimpleName());
                    last = null;
                }
            }
            return last;
        }
    }
}
