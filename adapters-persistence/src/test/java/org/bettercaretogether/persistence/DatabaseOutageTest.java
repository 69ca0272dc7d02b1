package org.bettercaretogether.persistence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.zaxxer.hikari.HikariDataSource;
import org.bettercaretogether.application.health.StoreHealth;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.RateLimits;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.shared.StoreUnavailableException;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.bettercaretogether.persistence.testing.TcpRelay;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The repositories while their database is away: they fail with the application's StoreUnavailableException, soon
 * and then at once, the log says so once as the outage begins and once as it ends, and they work again as soon as
 * the database is back.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DatabaseOutageTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger outageLogger = (Logger) LoggerFactory.getLogger(DatabaseOutage.class);

    @BeforeEach
    void captureTheLog() {
        log.start();
        outageLogger.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        outageLogger.detachAppender(log);
    }

    @Test
    void while_the_database_is_away_every_port_fails_as_unavailable_soon_then_at_once_and_works_again_once_it_is_back(
            TestDatabase database) {
        try (TcpRelay network = TcpRelay.to(port(database));
             HikariDataSource pool = ConnectionPool.open(network.through(database.jdbcUrl()), database.user(),
                     database.password(), 4)) {
            PostgresAdapters postgres = new PostgresAdapters(pool);
            Partners partners = postgres.port(Partners.class);
            partners.all();

            network.refuse();

            assertThat(took(() -> assertThatThrownBy(partners::all).isInstanceOf(StoreUnavailableException.class)))
                    .as("the first to find the database away").isLessThan(Duration.ofSeconds(3));
            assertThat(took(() -> {
                assertThatThrownBy(partners::all).isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> postgres.port(Transactions.class).inTransaction(partners::all))
                        .isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> postgres.port(RateLimits.class).tryConsume("somewhere",
                        new Limit(5, Duration.ofMinutes(1)))).isInstanceOf(StoreUnavailableException.class);
                assertThat(postgres.port(StoreHealth.class).reachable()).isFalse();
            })).as("everything after it").isLessThan(Duration.ofMillis(500));
            assertThat(levels()).containsExactly(Level.WARN);

            network.relay();

            Instant deadline = Instant.now().plus(DatabaseOutage.TRY_EVERY.multipliedBy(4));
            while (!answers(partners)) {
                assertThat(Instant.now()).as("the database answers again").isBefore(deadline);
                Thread.onSpinWait();
            }
            assertThat(postgres.port(StoreHealth.class).reachable()).isTrue();
            assertThat(levels()).containsExactly(Level.WARN, Level.INFO);
        }
    }

    @Test
    void one_lost_connection_while_the_database_still_answers_fails_as_unavailable_and_is_no_outage(TestDatabase database) {
        try (TcpRelay network = TcpRelay.to(port(database));
             HikariDataSource pool = ConnectionPool.open(network.through(database.jdbcUrl()), database.user(),
                     database.password(), 1)) {
            PostgresAdapters postgres = new PostgresAdapters(pool);
            Transactions transactions = postgres.port(Transactions.class);
            Partners partners = postgres.port(Partners.class);

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                partners.all();
                network.refuse(); // drops the connection in use...
                network.relay(); // ...while new ones open as before
                return partners.all();
            })).isInstanceOf(StoreUnavailableException.class);
            Outbox outbox = postgres.port(Outbox.class);
            Instant now = Instant.now();
            outbox.claimDue(now, 1, now.plusSeconds(60));
            network.refuse();
            network.relay();
            assertThatThrownBy(() -> outbox.claimDue(now, 1, now.plusSeconds(60))).as("a statement run past jOOQ")
                    .isInstanceOf(StoreUnavailableException.class);

            assertThat(answers(partners)).isTrue();
            assertThat(levels()).isEmpty();
        }
    }

    private List<Level> levels() {
        return log.list.stream().map(ILoggingEvent::getLevel).toList();
    }

    private static boolean answers(Partners partners) {
        try {
            partners.all();
            return true;
        } catch (StoreUnavailableException away) {
            return false;
        }
    }

    private static Duration took(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static int port(TestDatabase database) {
        return Integer.parseInt(database.jdbcUrl().replaceFirst(".*://[^:/]+:(\\d+)/.*", "$1"));
    }
}
