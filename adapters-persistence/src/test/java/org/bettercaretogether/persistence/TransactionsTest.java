package org.bettercaretogether.persistence;

import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.CLINICAL_NETWORK;
import static org.bettercaretogether.persistence.jooq.Tables.PARTNER;

/**
 * A transaction opened on the shared {@code DSLContext} takes in every write made on that thread through the same
 * {@code DSLContext}, by any repository, which is how the application's transaction boundary will work.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class TransactionsTest {

    private static DataSource dataSource;
    private static DSLContext dsl;
    private static PartnerRows partners;
    private static NetworkRows networks;

    @BeforeAll
    static void migrate(DataSource database) {
        SchemaMigrations.migrate(database);
        dataSource = database;
        dsl = Jooq.dslContext(database);
        partners = new PartnerRows(dsl);
        networks = new NetworkRows(dsl);
    }

    @BeforeEach
    void emptyTables() {
        dsl.deleteFrom(PARTNER).execute();
        dsl.deleteFrom(CLINICAL_NETWORK).execute();
    }

    @Test
    void rolls_back_the_writes_of_every_repository_when_the_work_fails() throws SQLException {
        assertThatThrownBy(() -> dsl.transactionResult(() -> {
            partners.add("Lancashire County Council");
            networks.add("bay");
            throw new IllegalStateException("the work failed after two writes");
        })).as("an unchecked exception leaves the transaction as it is, not wrapped")
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("the work failed after two writes");

        assertThat(committedRows("partner")).isZero();
        assertThat(committedRows("clinical_network")).isZero();
    }

    @Test
    void commits_the_writes_of_every_repository_together_and_only_at_the_end() throws SQLException {
        long seenFromOutsideMidway = dsl.transactionResult(() -> {
            partners.add("Lancashire County Council");
            networks.add("bay");
            assertThat(dsl.fetchCount(PARTNER)).as("the transaction sees its own writes").isOne();
            return committedRows("partner");
        });

        assertThat(seenFromOutsideMidway).as("uncommitted rows are invisible to other connections").isZero();
        assertThat(committedRows("partner")).isOne();
        assertThat(committedRows("clinical_network")).isOne();
    }

    @Test
    void a_transaction_does_not_ask_the_database_its_isolation_level() {
        AtomicInteger asked = new AtomicInteger();
        DSLContext counting = Jooq.dslContext(countingIsolationQuestions(dataSource, asked));
        PartnerRows countedPartners = new PartnerRows(counting);

        for (int transaction = 0; transaction < 3; transaction++) {
            String name = "Partner " + transaction;
            counting.transaction(() -> countedPartners.add(name));
        }

        assertThat(counting.fetchCount(PARTNER)).isEqualTo(3);
        assertThat(asked).as("times a connection was asked its level (a round trip each)").hasValueLessThanOrEqualTo(1);
    }

    /** The connections of {@code database}, counting the times one is asked its isolation level. */
    private static DataSource countingIsolationQuestions(DataSource database, AtomicInteger asked) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (source, sourceMethod, sourceArguments) -> {
                    Object answer = invoke(sourceMethod, database, sourceArguments);
                    if (!(answer instanceof Connection connection)) {
                        return answer;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (proxy, method, arguments) -> {
                                if (method.getName().equals("getTransactionIsolation")) {
                                    asked.incrementAndGet();
                                }
                                return invoke(method, connection, arguments);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    /** Counts through a connection of its own, so only committed rows count. */
    private static long committedRows(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Repository-style writer: holds the shared DSLContext, knows nothing of transactions. */
    private record PartnerRows(DSLContext dsl) {
        void add(String name) {
            dsl.insertInto(PARTNER)
                    .set(PARTNER.ID, UUID.randomUUID()).set(PARTNER.NAME, name).set(PARTNER.KIND, "LOCAL_AUTHORITY")
                    .set(PARTNER.ROLE, "Social care").set(PARTNER.VERSION, 0L)
                    .execute();
        }
    }

    private record NetworkRows(DSLContext dsl) {
        void add(String slug) {
            dsl.insertInto(CLINICAL_NETWORK)
                    .set(CLINICAL_NETWORK.ID, UUID.randomUUID()).set(CLINICAL_NETWORK.SLUG, slug)
                    .set(CLINICAL_NETWORK.NAME, "Bay").set(CLINICAL_NETWORK.DESCRIPTION, "All of the bay")
                    .set(CLINICAL_NETWORK.GROUPING_SOURCE, "a source").set(CLINICAL_NETWORK.GROUPING_VERIFIED, true)
                    .set(CLINICAL_NETWORK.VERSION, 0L)
                    .execute();
        }
    }
}
