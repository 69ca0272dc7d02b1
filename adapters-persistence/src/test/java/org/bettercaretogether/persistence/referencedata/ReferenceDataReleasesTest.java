package org.bettercaretogether.persistence.referencedata;

import org.bettercaretogether.application.referencedata.ReferenceDataReleases;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.bettercaretogether.persistence.jooq.Tables.REFERENCE_DATA_RELEASE;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class ReferenceDataReleasesTest {

    private static final Instant STARTED = Instant.parse("2026-03-02T08:15:30.123456Z");

    private static DataSource dataSource;
    private static DSLContext dsl;
    private static Transactions transactions;
    private static ReferenceDataReleases releases;

    @BeforeAll
    static void migrate(DataSource database) {
        SchemaMigrations.migrate(database);
        dataSource = database;
        dsl = Jooq.dslContext(database);
        PostgresAdapters postgres = new PostgresAdapters(database);
        transactions = postgres.port(Transactions.class);
        releases = postgres.port(ReferenceDataReleases.class);
    }

    @BeforeEach
    void noReleases() {
        dsl.deleteFrom(REFERENCE_DATA_RELEASE).execute();
    }

    @Test
    void claims_a_release_once_and_records_when() {
        boolean first = releases.claim("morecambe-bay-1", STARTED);
        boolean second = releases.claim("morecambe-bay-1", STARTED.plusSeconds(60));
        boolean another = releases.claim("morecambe-bay-2", STARTED);

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(another).isTrue();
        assertThat(dsl.select(REFERENCE_DATA_RELEASE.APPLIED_AT).from(REFERENCE_DATA_RELEASE)
                .where(REFERENCE_DATA_RELEASE.RELEASE.eq("morecambe-bay-1"))
                .fetchSingle(REFERENCE_DATA_RELEASE.APPLIED_AT).toInstant())
                .isEqualTo(STARTED);
    }

    @Test
    void a_claim_is_undone_with_the_transaction_it_was_made_in() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            releases.claim("morecambe-bay-1", STARTED);
            throw new IllegalStateException("the load failed after claiming");
        })).hasMessage("the load failed after claiming");

        assertThat(releases.claim("morecambe-bay-1", STARTED)).isTrue();
    }

    @Test
    void two_servers_claiming_the_same_release_at_once_cannot_both_have_it() throws Exception {
        PostgresAdapters serverA = new PostgresAdapters(dataSource);
        PostgresAdapters serverB = new PostgresAdapters(dataSource);
        CountDownLatch aClaimed = new CountDownLatch(1);
        try (ExecutorService servers = Executors.newFixedThreadPool(2)) {
            Future<Boolean> a = servers.submit(() -> serverA.port(Transactions.class).inTransaction(() -> {
                boolean claimed = serverA.port(ReferenceDataReleases.class).claim("morecambe-bay-1", STARTED);
                aClaimed.countDown();
                awaitAnotherSessionWaitingForALock(); // B's claim, before A commits
                return claimed;
            }));
            assertThat(aClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> b = servers.submit(() -> serverB.port(Transactions.class).inTransaction(
                    () -> serverB.port(ReferenceDataReleases.class).claim("morecambe-bay-1", STARTED)));

            assertThat(a.get(10, TimeUnit.SECONDS)).as("the first server's claim").isTrue();
            assertThat(b.get(10, TimeUnit.SECONDS)).as("the second server's claim, once the first committed").isFalse();
        }
    }

    /** Polls the server's own view of its sessions, through a connection outside both transactions. */
    private static void awaitAnotherSessionWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        } catch (SQLException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
        fail("the second claim never waited for the first one's transaction");
    }
}
