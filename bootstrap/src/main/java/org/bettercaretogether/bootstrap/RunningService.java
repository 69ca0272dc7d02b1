package org.bettercaretogether.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.application.referencedata.LoadReferenceData;
import org.bettercaretogether.application.referencedata.ReferenceDataLoad;
import org.bettercaretogether.application.sampledata.LoadSampleData;
import org.bettercaretogether.application.sampledata.SampleLoad;
import org.bettercaretogether.application.sampledata.SampleProgress;
import org.bettercaretogether.application.sampledata.SampleRequest;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.CreateAdministrator;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.persistence.ConnectionPool;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.web.platform.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The whole service, running: the database (the configured one, or the embedded default), the pool, the
 * migrated schema, the reference data, and the web server. Closing it stops each in reverse order, even when
 * starting failed half way.
 */
public final class RunningService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningService.class);

    private final Deque<AutoCloseable> toClose;
    private final Injector injector;
    private final WebServer web;
    private final ReferenceDataLoad referenceData;

    private RunningService(Deque<AutoCloseable> toClose, Injector injector, WebServer web, ReferenceDataLoad referenceData) {
        this.toClose = toClose;
        this.injector = injector;
        this.web = web;
        this.referenceData = referenceData;
    }

    /**
     * Starts everything the configuration asks for, and answers once the web server is listening. The database (the
     * embedded one starting, then the schema migrating) comes up on a thread of its own while the service is put
     * together (Guice, the web server's routes), as neither needs the other until the reference data is loaded.
     */
    public static RunningService start(Configuration configuration) {
        Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
        HikariDataSource pool = ConnectionPool.unconnected(ConnectionPool.DEFAULT_MAXIMUM_SIZE,
                configuration.databaseTimeouts());
        CompletableFuture<Void> database = CompletableFuture.runAsync(
                () -> migrate(configuration, pool, started), runnable -> Thread.ofPlatform().name("database-start")
                        .start(runnable));
        try {
            Injector injector = injector(configuration, pool, new WebModule(configuration));
            WebServer web = injector.getInstance(WebServer.class);
            awaitDatabase(database);
            ReferenceDataLoad load = loadReferenceData(injector);
            started.push(OutboxDelivery.every(configuration.mail().deliveryInterval(),
                    injector.getInstance(DeliverMail.class)));
            configuration.mail().smtp().ifPresentOrElse(
                    smtp -> log.info("Mail goes to the SMTP server {}:{}", smtp.host(), smtp.port()),
                    () -> log.info("No SMTP server is configured (BCT_SMTP_HOST); mail is written to {}",
                            configuration.mail().mailDrop()));
            started.push(web);
            web.start(configuration.port());
            return new RunningService(started, injector, web, load);
        } catch (RuntimeException failure) {
            database.exceptionally(ignored -> null).join(); // whatever it started must be there to be stopped
            closeAll(started);
            pool.close();
            throw failure;
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
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Injector injector = injector(configuration,
                    openMigratedDatabase(configuration, 2, started));
            loadReferenceData(injector);
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
        } finally {
            closeAll(started);
        }
    }

    /**
     * Loads sample data into the configured database (migrated and holding the reference data first, as for
     * {@link #start}) and stops. With the embedded database, the server must not be running at the same time.
     */
    public static Outcome<SampleLoad> loadSampleData(Configuration configuration, SampleRequest request,
                                                     SampleProgress progress) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Injector injector = injector(configuration, openMigratedDatabase(configuration, 2, started));
            loadReferenceData(injector);
            return injector.getInstance(LoadSampleData.class).load(request, progress);
        } finally {
            closeAll(started);
        }
    }

    /** Applies the schema migrations to the configured database and stops. */
    public static void migrate(Configuration configuration) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            openMigratedDatabase(configuration, 2, started);
        } finally {
            closeAll(started);
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
        migrate(configuration, pool, started);
        return pool;
    }

    /**
     * Starts the embedded database if none is configured, connects {@code pool} to the database and brings its schema
     * up to date, on connections of the migration's own, whose statements run as long as they take; pushes onto
     * {@code started} what is to be closed, the pool after the database it needs.
     */
    private static void migrate(Configuration configuration, HikariDataSource pool, Deque<AutoCloseable> started) {
        DatabaseAddress address = configuration.database().orElseGet(() -> {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(configuration.dataDirectory());
            started.push(embedded);
            return embedded.address();
        });
        started.push(pool);
        ConnectionPool.connect(pool, address.jdbcUrl(), address.user(), address.password());
        int applied = SchemaMigrations.migrate(address.jdbcUrl(), address.user(), address.password());
        log.info("Database {} ready; {} migration(s) applied", address, applied);
    }

    private static Injector injector(Configuration configuration, HikariDataSource pool, Module... more) {
        List<Module> modules = new ArrayList<>(List.of(
                new ApplicationModule(Clock.systemUTC(), configuration.security(), configuration.feedback()),
                new PersistenceModule(pool, configuration.cacheStaleness()), new MailModule(configuration.mail())));
        modules.addAll(List.of(more));
        return Guice.createInjector(Stage.PRODUCTION, modules);
    }

    private static ReferenceDataLoad loadReferenceData(Injector injector) {
        ReferenceDataLoad load = injector.getInstance(LoadReferenceData.class).load();
        log.info("Reference data {}: {}", load.release(),
                load.newRelease() ? load.recordsAdded() + " record(s) added" : "already loaded");
        return load;
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


    @Override
    public void close() {
        closeAll(toClose);
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable next = started.pop();
            try {
                next.close();
            } catch (Exception failure) {
                log.warn("{} did not close cleanly", next.getClass().getSimpleName(), failure);
            }
        }
    }
}
