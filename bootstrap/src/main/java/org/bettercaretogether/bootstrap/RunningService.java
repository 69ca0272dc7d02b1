package org.bettercaretogether.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.EnterFeedback;
import org.bettercaretogether.application.health.CheckReadiness;
import org.bettercaretogether.application.opendata.PublishOpenData;
import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.referencedata.ReferenceDataLoad;
import org.bettercaretogether.application.sampledata.LoadSampleData;
import org.bettercaretogether.application.sampledata.SampleLoad;
import org.bettercaretogether.application.sampledata.SampleProgress;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.core.BetterCareTogether;
import org.bettercaretogether.core.Closing;
import org.bettercaretogether.core.RetentionSchedule;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.persistence.ConnectionPool;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.web.moderation.ViewsFile;
import org.bettercaretogether.web.platform.MetricsEndpoint;
import org.bettercaretogether.web.platform.WebServer;
import org.bettercaretogether.web.opendata.OpenDataFiles;
import org.bettercaretogether.web.opendata.OpenDataShelf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The whole service, running: the database (the configured one, or the embedded default), the pool, the
 * migrated schema, the reference data, the delivery of mail, the removal of what is kept past its time, and the web
 * server. Closing it stops each in reverse order, even when starting failed half way: the web server first, letting
 * the requests in flight finish (see {@link WebServer#stop()}), then the removal and the delivery of mail, each
 * between two runs, then the pool, then the embedded database.
 * On SIGTERM or Ctrl+C, a shutdown hook of its own closes it the same way.
 */
public final class RunningService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningService.class);
    /** The longest the shutdown hook waits for a start under way to finish before stopping what it started. */
    private static final long START_AWAITED_SECONDS = 60;

    private final Deque<AutoCloseable> toClose;
    private final Thread stopOnExit;
    private final CountDownLatch stopped;
    private final Injector injector;
    private final WebServer web;
    private final ReferenceDataLoad referenceData;

    private RunningService(Deque<AutoCloseable> toClose, Thread stopOnExit, CountDownLatch stopped, Injector injector,
                           WebServer web, ReferenceDataLoad referenceData) {
        this.toClose = toClose;
        this.stopOnExit = stopOnExit;
        this.stopped = stopped;
        this.injector = injector;
        this.web = web;
        this.referenceData = referenceData;
    }

    /**
     * Starts everything the configuration asks for, and answers once the web server is listening. The database (the
     * embedded one starting, then the schema migrating) comes up on a thread of its own while the service is put
     * together (Guice, the web server's routes), as neither needs the other until the reference data is loaded.
     *
     * <p>From the start, a JVM shutdown hook (SIGTERM, Ctrl+C) stops the service as {@link #close()} does, once a start
     * under way has finished, so that nothing it started is left running; the embedded database does not stop itself
     * at exit, which would cut the requests in flight from it.
     */
    public static RunningService start(Configuration configuration) {
        return start(configuration, Clock.systemUTC());
    }

    /**
     * As {@link #start(Configuration)}, telling time by {@code clock}: for a test that moves time on, for several
     * services at once, past the moments a schedule acts on.
     */
    static RunningService start(Configuration configuration, Clock clock) {
        Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
        CountDownLatch settled = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopOnExit = Thread.ofPlatform().name("bct-stop").unstarted(() -> {
            awaitQuietly(settled, START_AWAITED_SECONDS);
            stop(started, stopped);
        });
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        ServiceMetrics metrics = new ServiceMetrics();
        started.push(metrics);
        HikariDataSource pool = ConnectionPool.unconnected(ConnectionPool.DEFAULT_MAXIMUM_SIZE,
                configuration.databaseTimeouts());
        pool.setMetricRegistry(metrics.registry());
        CompletableFuture<Void> database = CompletableFuture.runAsync(
                () -> migrate(configuration, pool, started, false), runnable -> Thread.ofPlatform()
                        .name("database-start").start(runnable));
        try {
            Injector injector = injector(configuration, clock, pool, metrics.registry(), new WebModule(configuration,
                    new MetricsEndpoint(metrics.registry(), configuration.operations().metricsToken(), metrics::scrape)));
            metrics.watchOutbox(() -> injector.getInstance(CheckReadiness.class).details().outbox());
            WebServer web = injector.getInstance(WebServer.class);
            awaitDatabase(database);
            ReferenceDataLoad load = loadReferenceData(injector);
            BetterCareTogether.finishInterruptedLoad(injector);
            BetterCareTogether.deliverMailEvery(configuration.mail().deliveryInterval(), injector, started);
            started.push(RetentionSchedule.every(configuration.retention().runEvery(),
                    injector.getInstance(ApplyRetention.class)));
            started.push(OpenDataSchedule.start(injector.getInstance(OpenDataShelf.class),
                    injector.getInstance(PublishOpenData.class), injector.getInstance(Clock.class)));
            configuration.mail().smtp().ifPresentOrElse(
                    smtp -> log.info("Mail goes to the SMTP server {}:{}", smtp.host(), smtp.port()),
                    () -> log.info("No SMTP server is configured (BCT_SMTP_HOST); mail is written to {}",
                            configuration.mail().mailDrop()));
            started.push(web);
            web.start(configuration.port());
            return new RunningService(started, stopOnExit, stopped, injector, web, load);
        } catch (RuntimeException failure) {
            database.exceptionally(ignored -> null).join(); // whatever it started must be there to be stopped
            stop(started, stopped);
            pool.close();
            forget(stopOnExit);
            throw failure;
        } finally {
            settled.countDown();
        }
    }

    private static void awaitDatabase(CompletableFuture<Void> database) {
        try {
            database.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * Creates an administrator in the configured database (migrated and holding the reference data first) and
     * stops. With the embedded database, the server must not be running at the same time.
     *
     * @param partner the partner's id, or one of its codes (ODS or GSS), such as {@code RTX}
     */
    public static Outcome<AccountWithPassword> createAdministrator(Configuration configuration, EmailAddress email,
                                                                   String name, String partner) {
        return onLoadedDatabase(configuration, injector -> {
            Optional<PartnerId> partnerId = injector.getInstance(BrowseDirectory.class).partners().stream()
                    .filter(candidate -> candidate.id().toString().equalsIgnoreCase(partner.strip())
                            || candidate.identifiers().stream().anyMatch(recorded ->
                            recorded.identifier().value().equalsIgnoreCase(partner.strip())))
                    .map(Partner::id).findFirst();
            if (partnerId.isEmpty()) {
                return Outcome.rejected(Rejection.InvalidInput.of("partner",
                        "must be a partner's id or code; the partners are listed at /api/v1/partners"));
            }
            return injector.getInstance(CreateAdministrator.class).create(email, name, partnerId.get());
        });
    }

    /**
     * Loads sample data into the configured database (migrated and holding the reference data first, as for
     * {@link #start}) and stops. With the embedded database, the server must not be running at the same time.
     */
    public static Outcome<SampleLoad> loadSampleData(Configuration configuration, SampleRequest request,
                                                     SampleProgress progress) {
        return onLoadedDatabase(configuration,
                injector -> injector.getInstance(LoadSampleData.class).load(request, progress));
    }

    /**
     * Enters the views of a CSV file into the configured database (migrated and holding the reference data first) as
     * the staff upload does, in the name of the active staff account whose email is {@code by}, and stops. With the
     * embedded database, the server must not be running at the same time.
     */
    public static Outcome<List<FeedbackReference>> importViews(Configuration configuration, EmailAddress by,
                                                               byte[] file, ViewsFile.Progress progress) {
        return onLoadedDatabase(configuration, injector -> {
            Optional<StaffMember> member = injector.getInstance(StaffMembers.class).findByEmail(by)
                    .filter(StaffMember::active);
            if (member.isEmpty()) {
                return Outcome.rejected(Rejection.InvalidInput.of("by",
                        "must be the email address of an active staff account"));
            }
            return ViewsFile.enter(injector.getInstance(EnterFeedback.class), Actor.of(member.get()), file, progress);
        });
    }

    /**
     * Writes every open data set, as CSV and JSON, into {@code folder} (which must exist) from the configured database
     * (migrated and holding the reference data first), as {@code /open-data} offers them, and stops. The database may
     * be in use by the service meanwhile, unless it is the embedded one.
     */
    public static OpenDataFiles.Written exportOpenData(Configuration configuration, Path folder) {
        return onLoadedDatabase(configuration,
                injector -> OpenDataFiles.write(injector.getInstance(PublishOpenData.class), folder));
    }

    /**
     * Runs {@code work} on the configured database, migrated and holding the reference data first, then closes
     * everything opened for it: what each command beside {@code serve} does.
     */
    private static <T> T onLoadedDatabase(Configuration configuration, Function<Injector, T> work) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Injector injector = injector(configuration, openMigratedDatabase(configuration, 2, started));
            loadReferenceData(injector);
            return work.apply(injector);
        } finally {
            Closing.all(started);
        }
    }

    /** Applies the schema migrations to the configured database and stops. */
    public static void migrate(Configuration configuration) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            openMigratedDatabase(configuration, 2, started);
        } finally {
            Closing.all(started);
        }
    }

    /**
     * Opens the configured database (starting the embedded one if none is configured), a pool on it, and brings
     * its schema up to date; each thing opened is pushed onto {@code started} so the caller can close it. The pool lets
     * statements run as long as they take, as a command loading data in bulk needs.
     */
    private static HikariDataSource openMigratedDatabase(Configuration configuration, int poolSize,
                                                         Deque<AutoCloseable> started) {
        HikariDataSource pool = ConnectionPool.unconnected(poolSize,
                configuration.databaseTimeouts().withoutStatementLimits());
        migrate(configuration, pool, started, true);
        return pool;
    }

    /**
     * Starts the embedded database if none is configured ({@code stopWithJvm}: whether it stops itself when the JVM
     * exits), connects {@code pool} to the database and brings its schema up to date, on connections of the
     * migration's own, whose statements run as long as they take; pushes onto {@code started} what is to be closed, the
     * pool after the database it needs.
     */
    private static void migrate(Configuration configuration, HikariDataSource pool, Deque<AutoCloseable> started,
                                boolean stopWithJvm) {
        DatabaseAddress address = configuration.database().orElseGet(() -> {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(configuration.dataDirectory(), 0, stopWithJvm);
            started.push(embedded);
            return embedded.address();
        });
        started.push(pool);
        ConnectionPool.connect(pool, address.jdbcUrl(), address.user(), address.password());
        int applied = SchemaMigrations.migrate(address.jdbcUrl(), address.user(), address.password());
        log.info("Database {} ready; {} migration(s) applied", address, applied);
    }

    private static Injector injector(Configuration configuration, HikariDataSource pool, Module... more) {
        return injector(configuration, Clock.systemUTC(), pool, Metrics.globalRegistry, more);
    }

    private static Injector injector(Configuration configuration, Clock clock, HikariDataSource pool,
                                     MeterRegistry meters, Module... more) {
        List<Module> modules = new ArrayList<>(BetterCareTogether.modules(clock, configuration.security(),
                configuration.feedback(), configuration.retention(), meters, pool, configuration.cacheStaleness(),
                configuration.mail()));
        modules.addAll(List.of(more));
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }

    private static ReferenceDataLoad loadReferenceData(Injector injector) {
        return BetterCareTogether.loadReferenceData(injector);
    }

    /** The port the web server listens on. */
    public int port() {
        return web.port();
    }

    /** The address the public can open. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** What loading the reference data did at this start. */
    public ReferenceDataLoad referenceData() {
        return referenceData;
    }

    /** A use case or port of the running service, for an embedding program or a test. */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }


    /**
     * Waits until the service has stopped: closed, or stopped by its shutdown hook on SIGTERM or Ctrl+C.
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops the service, each part in the reverse order of its start, and answers once all have stopped; while the
     * shutdown hook is stopping it, waits for that to finish. A second call does nothing.
     */
    @Override
    public void close() {
        stop(toClose, stopped);
        forget(stopOnExit);
    }

    private static void stop(Deque<AutoCloseable> started, CountDownLatch stopped) {
        Closing.all(started);
        stopped.countDown();
    }

    /** Takes the shutdown hook back, unless it is the one running (the JVM is stopping). */
    private static void forget(Thread stopOnExit) {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running, or about to: it finds nothing left to close
        }
    }

    private static void awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
