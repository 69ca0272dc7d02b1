package org.bettercaretogether.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedPostgresExtension.class)
class StoreHealthTest {

    @Test
    void the_store_is_reachable_while_the_database_answers(TestDatabase database) {
        StoreHealth health = new PostgresAdapters(database.dataSource()).port(StoreHealth.class);

        assertThat(health.reachable()).isTrue();
    }

    @Test
    void the_store_is_unreachable_once_the_pool_is_closed(TestDatabase database) {
        HikariDataSource pool = ConnectionPool.open(database.jdbcUrl(), database.user(), database.password(), 1);
        StoreHealth health = new PostgresAdapters(pool).port(StoreHealth.class);
        assertThat(health.reachable()).isTrue();

        pool.close();

        assertThat(answerWithin(Duration.ofSeconds(1), health)).isFalse();
    }

    @Test
    void the_store_is_unreachable_at_once_when_nothing_listens_at_its_address() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        StoreHealth health = new PostgresAdapters(dataSource(closedPort)).port(StoreHealth.class);

        assertThat(answerWithin(Duration.ofSeconds(1), health)).isFalse();
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // fails, rather than hangs, if it waits
    void the_store_is_unreachable_by_the_deadline_when_the_server_never_answers() throws IOException {
        // Accepts connections (the backlog does) and never says a word: the driver would wait for ever.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            StoreHealth health = new JooqStoreHealth(Jooq.dslContext(dataSource(silent.getLocalPort())),
                    Duration.ofMillis(300));

            assertThat(answerWithin(Duration.ofMillis(1_500), health)).isFalse();
        }
    }

    private static boolean answerWithin(Duration limit, StoreHealth health) {
        long started = System.nanoTime();
        boolean reachable = health.reachable();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("time taken to answer").isLessThan(limit);
        return reachable;
    }

    private static PGSimpleDataSource dataSource(int port) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("bct");
        dataSource.setUser("bct");
        return dataSource;
    }
}
