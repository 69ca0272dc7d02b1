package org.bettercaretogether.core;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.follow.NotifyFollowers;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.follow.FollowSettings;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataLoad;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.persistence.ConnectionPool;
import org.bettercaretogether.persistence.DatabaseVersion;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The library, wired and running inside another service: every use case over PostgreSQL (or over the ports a test
 * gives, such as the in-memory ones), the schema migrated, the Morecambe Bay reference data loaded, the counts and
 * search words of a bulk load that stopped short made, and the mail outbox emptied and what is kept past its time
 * removed on schedules of their own, each of which the embedder may turn off. No web server: the embedding service
 * calls the use cases itself.
 *
 * <pre>{@code
 * try (BetterCareTogether bct = BetterCareTogether.builder()
 *         .dataSource(pool)
 *         .mail(MailSettings.mailDropIn(Path.of("data")))
 *         .build()) {
 *     bct.get(FindCommunityForPlace.class).find(PlaceQuery.parse("LA9 4"));
 * }
 * }</pre>
 *
 * <p>Closing it stops the schedules, each between two runs, then the pool it opened (with
 * {@link Builder#database(String, String, String)}); a data source the embedder gave stays open, as it is theirs.
 */
public final class BetterCareTogether implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BetterCareTogether.class);

    private final Injector injector;
    private final Deque<AutoCloseable> toClose;
    private final Optional<ReferenceDataLoad> referenceData;

    private BetterCareTogether(Injector injector, Deque<AutoCloseable> toClose,
                               Optional<ReferenceDataLoad> referenceData) {
        this.injector = injector;
        this.toClose = toClose;
        this.referenceData = referenceData;
    }

    /** A builder with the defaults: the system clock, the default settings, both schedules on. */
    public static Builder builder() {
        return new Builder();
    }

    /** A use case (such as {@code FindCommunityForPlace}) or a port of the library. */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** The injector holding the library, for an embedder that wires its own classes to the use cases. */
    public Injector injector() {
        return injector;
    }

    /** What loading the reference data did at the start; empty when the builder was told not to load it. */
    public Optional<ReferenceDataLoad> referenceData() {
        return referenceData;
    }

    /** Stops the schedules and closes the pool this opened, last started first. A second call does nothing. */
    @Override
    public void close() {
        Closing.all(toClose);
    }

    /**
     * Loads the reference data (idempotent: a release is loaded once, whoever loads it first) and logs what it did.
     * Also what the runnable service does at its start.
     */
    public static ReferenceDataLoad loadReferenceData(Injector injector) {
        ReferenceDataLoad load = injector.getInstance(LoadReferenceData.class).load();
        log.info("Reference data {}: {}", load.release(),
                load.newRelease() ? load.recordsAdded() + " record(s) added" : "already loaded");
        return load;
    }

    /**
     * Makes the counts and the words search finds of the views a bulk load committed but stopped before making them
     * (see {@link ViewsInBulk#finishInterruptedLoad()}), and says so; nothing otherwise. Until then those views are
     * stored but missing from the summaries and search. Also what the runnable service does at its start.
     */
    public static void finishInterruptedLoad(Injector injector) {
        if (injector.getInstance(ViewsInBulk.class).finishInterruptedLoad()) {
            log.info("A bulk load of views had stopped before their counts and search words were made; made now");
        }
    }

    /**
     * Starts the delivery of the outbox and of the notices to followers, each every {@code interval}, pushing both
     * onto {@code started} to be stopped. Also what the runnable service does at its start.
     */
    public static void deliverMailEvery(Duration interval, Injector injector, Deque<AutoCloseable> started) {
        started.push(OutboxDelivery.every(interval, injector.getInstance(DeliverMail.class)));
        started.push(FollowerNotices.every(interval, injector.getInstance(NotifyFollowers.class)));
    }

    /**
     * The library's modules over PostgreSQL: the use cases, the ports on {@code dataSource}, and mail as
     * {@code mail} says. Also what the runnable service is built from, with its web module beside them.
     */
    public static List<Module> modules(Clock clock, SecuritySettings security, FeedbackSettings feedback,
                                       RetentionSettings retention, MeterRegistry meters, DataSource dataSource,
                                       Duration cacheStaleness, MailSettings mail) {
        return List.of(new ApplicationModule(clock, security, feedback, retention, meters),
                new PersistenceModule(dataSource, cacheStaleness), new MailModule(mail));
    }

    /**
     * How the library is to run. A database ({@link #dataSource} or {@link #database}) and {@link #mail} are needed,
     * unless {@link #outboundPorts} gives every port (the in-memory adapters do, mail included).
     */
    public static final class Builder {

        private DataSource dataSource;
        private String[] databaseAddress;
        private Module outboundPorts;
        private MailSettings mail;
        private Clock clock = Clock.systemUTC();
        private SecuritySettings security = SecuritySettings.defaults();
        private FeedbackSettings feedback = FeedbackSettings.defaults();
        private RetentionSettings retention = RetentionSettings.defaults();
        private MeterRegistry meters = Metrics.globalRegistry;
        private Duration cacheStaleness = DatabaseVersion.DEFAULT_STALENESS;
        private boolean migrate = true;
        private boolean loadReferenceData = true;
        private boolean deliverMail = true;
        private boolean applyRetention = true;
        private final List<Module> embedderModules = new ArrayList<>();

        private Builder() {
        }

        /** The PostgreSQL to keep everything in, through the embedder's own pool, which stays theirs to close. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** The PostgreSQL to keep everything in, through a pool this opens ({@link ConnectionPool}) and closes. */
        public Builder database(String jdbcUrl, String user, String password) {
            this.databaseAddress = new String[]{Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password};
            return this;
        }

        /**
         * A module binding every outbound port instead of PostgreSQL, such as the in-memory adapters'
         * ({@code new InMemoryModule(clock)}): nothing is migrated. With {@link #mail} too, mail goes as that says.
         */
        public Builder outboundPorts(Module ports) {
            this.outboundPorts = Objects.requireNonNull(ports, "ports");
            return this;
        }

        /** Where mail goes (an SMTP server, or a folder of files), how often the outbox is emptied and tried. */
        public Builder mail(MailSettings mail) {
            this.mail = Objects.requireNonNull(mail, "mail");
            return this;
        }

        /** The clock every use case reads; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder security(SecuritySettings security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        public Builder feedback(FeedbackSettings feedback) {
            this.feedback = Objects.requireNonNull(feedback, "feedback");
            return this;
        }

        public Builder retention(RetentionSettings retention) {
            this.retention = Objects.requireNonNull(retention, "retention");
            return this;
        }

        /** Where sign-ins, rate-limit refusals and failed deliveries are counted; Micrometer's global registry by default. */
        public Builder meters(MeterRegistry meters) {
            this.meters = Objects.requireNonNull(meters, "meters");
            return this;
        }

        /** How long answers kept in memory may miss a change made by another process (see {@link DatabaseVersion}). */
        public Builder cacheStaleness(Duration cacheStaleness) {
            this.cacheStaleness = Objects.requireNonNull(cacheStaleness, "cacheStaleness");
            return this;
        }

        /** Whether {@link #build()} brings the schema up to date first (yes by default). */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /** Whether {@link #build()} loads the Morecambe Bay reference data (yes by default; it is loaded once). */
        public Builder loadReferenceData(boolean load) {
            this.loadReferenceData = load;
            return this;
        }

        /**
         * Whether the outbox is emptied on a schedule (every {@link MailSettings#deliveryInterval()}; yes by default).
         * Without it, mail waits in the outbox until the embedder calls {@code DeliverMail} itself.
         */
        public Builder deliverMail(boolean deliver) {
            this.deliverMail = deliver;
            return this;
        }

        /**
         * Whether what is kept past its time is removed on a schedule (every {@link RetentionSettings#runEvery()}; yes
         * by default). Without it, the embedder calls {@code ApplyRetention} itself.
         */
        public Builder applyRetention(boolean apply) {
            this.applyRetention = apply;
            return this;
        }

        /** The embedder's own modules, in the same injector as the library's. */
        public Builder install(Module... modules) {
            embedderModules.addAll(List.of(modules));
            return this;
        }

        /**
         * Opens the pool (if asked to), migrates the schema, builds the injector, loads the reference data and starts
         * the schedules; on a failure, closes whatever it had started before throwing.
         *
         * @throws IllegalStateException when neither a database nor outbound ports were given, or a database without
         *                               {@link #mail}
         */
        public BetterCareTogether build() {
            int stores = (dataSource != null ? 1 : 0) + (databaseAddress != null ? 1 : 0) + (outboundPorts != null ? 1 : 0);
            if (stores != 1) {
                throw new IllegalStateException("give one of dataSource(...), database(...) or outboundPorts(...)");
            }
            if (outboundPorts == null && mail == null) {
                throw new IllegalStateException("give mail(...): where the messages the use cases send go");
            }
            Deque<AutoCloseable> started = new ArrayDeque<>();
            try {
                Injector injector = Guice.createInjector(Stage.PRODUCTION, modules(started));
                Optional<ReferenceDataLoad> load = loadReferenceData
                        ? Optional.of(BetterCareTogether.loadReferenceData(injector)) : Optional.empty();
                finishInterruptedLoad(injector);
                if (deliverMail) {
                    deliverMailEvery(mail == null ? MailSettings.DEFAULT_INTERVAL : mail.deliveryInterval(), injector,
                            started);
                }
                if (applyRetention) {
                    started.push(RetentionSchedule.every(retention.runEvery(), injector.getInstance(ApplyRetention.class)));
                }
                return new BetterCareTogether(injector, started, load);
            } catch (RuntimeException failure) {
                Closing.all(started);
                throw failure;
            }
        }

        private List<Module> modules(Deque<AutoCloseable> started) {
            List<Module> modules = new ArrayList<>();
            if (outboundPorts != null) {
                modules.add(new ApplicationModule(clock, security, feedback, retention, meters));
                // The ports may bind how mail is delivered (a MailModule among them); the defaults fill in if not.
                modules.add(mail == null ? Modules.override(defaultDelivery()).with(outboundPorts)
                        : Modules.override(outboundPorts).with(new MailModule(mail)));
            } else {
                DataSource store = dataSource != null ? dataSource : openPool(started);
                if (migrate) {
                    int applied = SchemaMigrations.migrate(store);
                    log.info("Database schema up to date; {} migration(s) applied", applied);
                }
                modules.addAll(BetterCareTogether.modules(clock, security, feedback, retention, meters, store,
                        cacheStaleness, mail));
            }
            modules.addAll(embedderModules);
            return modules;
        }

        private DataSource openPool(Deque<AutoCloseable> started) {
            var pool = ConnectionPool.open(databaseAddress[0], databaseAddress[1], databaseAddress[2]);
            started.push(pool);
            return pool;
        }

        private static Module defaultDelivery() {
            return new AbstractModule() {
                @Override
                protected void configure() {
                    bind(DeliverySettings.class).toInstance(DeliverySettings.defaults());
                bind(FollowSettings.class).toInstance(new FollowSettings(MailSettings.DEFAULT_SITE_ADDRESS));
                }
            };
        }
    }
}
