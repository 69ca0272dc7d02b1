package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_SESSION;
import static org.bettercaretogether.persistence.jooq.Tables.THEME;

/**
 * The version answers kept in memory are checked against: this node's committed writes move it at once, anyone
 * else's once the staleness has passed, and nothing moves it while nothing is written.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class DatabaseVersionTest {

    private static final Duration STALENESS = Duration.ofSeconds(1);
    private static final Set<StoredData> EVERY_PART = EnumSet.allOf(StoredData.class);

    private static DataSource dataSource;
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @BeforeAll
    static void migrate(DataSource database) {
        SchemaMigrations.migrate(database);
        dataSource = database;
    }

    private DatabaseVersion version() {
        return new DatabaseVersion(STALENESS, now::get);
    }

    private void later(Duration by) {
        now.addAndGet(by.toNanos());
    }

    @Test
    void reading_here_moves_nothing() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long before = version.current(EVERY_PART);

        dsl.fetchCount(THEME);
        dsl.transaction(() -> dsl.fetchCount(THEME));

        assertThat(version.current(EVERY_PART)).isEqualTo(before);
    }

    @Test
    void a_write_committed_here_moves_the_version_at_once_and_only_once_committed() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long before = version.current(EVERY_PART);

        dsl.transaction(() -> {
            renameFirstTheme(dsl);
            assertThat(version.current(EVERY_PART)).as("while the transaction is open, others still read the old data")
                    .isEqualTo(before);
        });

        assertThat(version.current(EVERY_PART)).isNotEqualTo(before);
    }

    @Test
    void a_write_outside_a_transaction_commits_at_once_and_moves_the_version_at_once() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long before = version.current(EVERY_PART);

        renameFirstTheme(dsl);

        assertThat(version.current(EVERY_PART)).isNotEqualTo(before);
    }

    @Test
    void a_write_here_moves_only_the_part_of_the_data_it_wrote_to() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long directory = version.current(Set.of(StoredData.DIRECTORY));
        long views = version.current(Set.of(StoredData.VIEWS));
        long life = version.current(Set.of(StoredData.COMMUNITY_LIFE));

        dsl.deleteFrom(FEEDBACK).where(FEEDBACK.ID.isNull()).execute();
        dsl.deleteFrom(STAFF_SESSION).where(STAFF_SESSION.TOKEN_HASH.isNull()).execute();

        assertThat(version.current(Set.of(StoredData.VIEWS))).isNotEqualTo(views);
        assertThat(version.current(Set.of(StoredData.DIRECTORY))).as("a view changes nothing of the directory")
                .isEqualTo(directory);
        assertThat(version.current(Set.of(StoredData.COMMUNITY_LIFE))).isEqualTo(life);
        assertThat(version.current(Set.of(StoredData.DIRECTORY, StoredData.VIEWS)))
                .isNotEqualTo(directory + views);
    }

    @Test
    void a_statement_whose_tables_cannot_be_told_moves_every_part() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long directory = version.current(Set.of(StoredData.DIRECTORY));

        dsl.execute("do $$ begin perform 1; end $$");

        assertThat(version.current(Set.of(StoredData.DIRECTORY))).isNotEqualTo(directory);
    }

    @Test
    void a_statement_run_as_plain_text_moves_only_the_parts_of_the_tables_it_writes_to() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long directory = version.current(Set.of(StoredData.DIRECTORY));
        long views = version.current(Set.of(StoredData.VIEWS));

        dsl.execute("with gone as (delete from \"feedback_theme\" where false returning 1) "
                + "delete from feedback where false");
        assertThat(version.current(Set.of(StoredData.VIEWS))).as("views written").isNotEqualTo(views);
        views = version.current(Set.of(StoredData.VIEWS));

        dsl.fetch("update feedback set version = version where false returning id");
        assertThat(version.current(Set.of(StoredData.VIEWS))).as("a write that returns rows").isNotEqualTo(views);
        views = version.current(Set.of(StoredData.VIEWS));

        dsl.fetch("select id from feedback where false for update skip locked");
        dsl.execute("delete from outgoing_mail where false");
        assertThat(version.current(Set.of(StoredData.VIEWS))).as("a lock, a table of no part").isEqualTo(views);
        assertThat(version.current(Set.of(StoredData.DIRECTORY))).as("nothing of the directory written")
                .isEqualTo(directory);
    }

    @Test
    void a_text_is_read_for_every_table_it_writes_to_and_only_those() {
        assertThat(DatabaseVersion.partsNamedIn("insert into \"public\".\"theme\" (name) values ('x') "
                + "on conflict (name) do update set name = excluded.name")).contains(EnumSet.of(StoredData.DIRECTORY));
        assertThat(DatabaseVersion.partsNamedIn("with m as (update meeting set title = title returning id) "
                + "insert into feedback_transition select * from m"))
                .contains(EnumSet.of(StoredData.COMMUNITY_LIFE, StoredData.VIEWS));
        assertThat(DatabaseVersion.partsNamedIn("select * from feedback for no key update")).as("a lock").isEmpty();
        assertThat(DatabaseVersion.partsNamedIn("truncate table staff_session")).as("a table of no part")
                .contains(EnumSet.noneOf(StoredData.class));
        assertThat(DatabaseVersion.partsNamedIn("insert into a_table_of_no_known_part values (1)"))
                .as("a table this class does not know").contains(EVERY_PART);
    }

    @Test
    void every_table_of_the_schema_belongs_to_known_parts_so_a_write_to_it_empties_only_what_it_could_change() {
        List<String> tables = Jooq.dslContext(dataSource).fetchValues("select table_name::text from "
                + "information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' "
                + "and table_name <> 'flyway_schema_history'").stream().map(String::valueOf).toList();

        assertThat(tables).contains("search_entry").allSatisfy(table ->
                assertThat(DatabaseVersion.partsNamedIn("delete from " + table)).as(table).isPresent().get()
                        .isNotEqualTo(EVERY_PART));
    }

    @Test
    void a_write_rolled_back_leaves_the_version_as_it_was() {
        DatabaseVersion version = version();
        DSLContext dsl = Jooq.dslContext(dataSource, version);
        long before = version.current(EVERY_PART);

        assertThatThrownBy(() -> dsl.transaction(() -> {
            renameFirstTheme(dsl);
            throw new IllegalStateException("the work failed after writing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(version.current(EVERY_PART)).isEqualTo(before);
    }

    @Test
    void a_write_made_elsewhere_is_seen_once_the_staleness_has_passed() throws SQLException {
        DatabaseVersion version = version();
        Jooq.dslContext(dataSource, version);
        long before = version.current(EVERY_PART);

        try (Connection elsewhere = dataSource.getConnection(); Statement statement = elsewhere.createStatement()) {
            statement.executeUpdate("update theme set version = version + 1");
        }

        assertThat(version.current(EVERY_PART)).as("within the staleness").isEqualTo(before);
        later(STALENESS.plusMillis(1));
        assertThat(version.current(EVERY_PART)).isNotEqualTo(before);
    }

    @Test
    void without_a_database_to_ask_nothing_is_ever_the_same() {
        DatabaseVersion version = version();

        long first = version.current(EVERY_PART);
        later(STALENESS.plusMillis(1));

        assertThat(version.current(EVERY_PART)).isNotEqualTo(first);
    }

    @Test
    void while_another_caller_is_asking_the_versions_last_known_stand_for_one_more_staleness() throws Exception {
        whileAskingSlowly((version, before) -> {
            assertThat(version.current(EVERY_PART)).as("while the question is open").isEqualTo(before);
            later(STALENESS.minusMillis(2));
            assertThat(version.current(EVERY_PART)).as("just within the second staleness").isEqualTo(before);
        });
    }

    @Test
    void once_a_question_has_been_open_for_another_staleness_nothing_kept_is_current() throws Exception {
        whileAskingSlowly((version, before) -> {
            later(STALENESS.plusMillis(1));
            long meanwhile = version.current(EVERY_PART);
            assertThat(meanwhile).as("while the question is still open").isNotEqualTo(before);
            assertThat(version.current(EVERY_PART)).as("asked again meanwhile").isNotEqualTo(meanwhile);
        });
    }

    /** What is checked while one caller waits for a connection to ask the database, given the version before. */
    private interface WhileAsking {
        void check(DatabaseVersion version, long before);
    }

    /** Runs {@code check} while another caller, past the staleness, waits for a connection to ask the database. */
    private void whileAskingSlowly(WhileAsking check) throws Exception {
        AtomicBoolean slow = new AtomicBoolean();
        CountDownLatch asking = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        DataSource waiting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, arguments) -> {
                    if (slow.get() && method.getName().equals("getConnection")) {
                        asking.countDown();
                        answered.await(); // as a connection waits while the pool is busy or the database away
                    }
                    try {
                        return method.invoke(dataSource, arguments);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                });
        DatabaseVersion version = version();
        Jooq.dslContext(waiting, version);
        long before = version.current(EVERY_PART);
        later(STALENESS.plusMillis(1));
        slow.set(true);

        Thread asker = Thread.ofPlatform().start(() -> version.current(EVERY_PART));
        try {
            assertThat(asking.await(10, TimeUnit.SECONDS)).as("the first caller is asking").isTrue();
            check.check(version, before);
        } finally {
            answered.countDown();
            asker.join(10_000);
        }
    }

    private static void renameFirstTheme(DSLContext dsl) {
        dsl.update(THEME).set(THEME.VERSION, THEME.VERSION.plus(1))
                .where(THEME.ID.eq(dsl.select(THEME.ID).from(THEME).orderBy(THEME.ID).limit(1)))
                .execute();
    }
}
