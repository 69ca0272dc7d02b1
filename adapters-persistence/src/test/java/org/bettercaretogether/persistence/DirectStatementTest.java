package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.persistence.shared.DirectStatement;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.THEME;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.update;

/**
 * Statements rendered once by jOOQ and run past it over JDBC: they take part in the thread's transaction, move the
 * versions of the data they write exactly as statements run through jOOQ do, and bind their values by name.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class DirectStatementTest {

    private static final Set<StoredData> EVERY_PART = EnumSet.allOf(StoredData.class);

    private static DataSource dataSource;
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DatabaseVersion version = new DatabaseVersion(Duration.ofSeconds(1), now::get);
    private final DSLContext dsl = Jooq.dslContext(dataSource, version);
    /** Moves the first theme's version by a given step. */
    private final DirectStatement moveFirstTheme = DirectStatement.of(dsl, update(THEME)
            .set(THEME.VERSION, THEME.VERSION.plus(param("step", Integer.class)))
            .where(THEME.ID.eq(select(THEME.ID).from(THEME).orderBy(THEME.ID).limit(inline(1)))), true);

    @BeforeAll
    static void migrate(DataSource database) {
        SchemaMigrations.migrate(database);
        dataSource = database;
    }

    @Test
    void a_write_run_past_jooq_moves_the_version_of_its_tables_only_once_its_transaction_has_committed() {
        long every = version.current(EVERY_PART);
        long directory = version.current(Set.of(StoredData.DIRECTORY));
        long views = version.current(Set.of(StoredData.VIEWS));

        dsl.transaction(() -> {
            moveFirstTheme.execute(dsl, Map.of("step", 1));
            assertThat(version.current(EVERY_PART)).as("while the transaction is open").isEqualTo(every);
        });

        assertThat(version.current(Set.of(StoredData.DIRECTORY))).as("themes are of the directory")
                .isNotEqualTo(directory);
        assertThat(version.current(Set.of(StoredData.VIEWS))).as("and of nothing else").isEqualTo(views);
    }

    @Test
    void a_write_run_past_jooq_is_undone_with_the_transaction_it_ran_in() {
        long before = firstThemeVersion();
        long versionBefore = version.current(EVERY_PART);

        assertThatThrownBy(() -> dsl.transaction(() -> {
            moveFirstTheme.execute(dsl, Map.of("step", 5));
            assertThat(firstThemeVersion()).as("seen inside the transaction").isEqualTo(before + 5);
            throw new IllegalStateException("undo");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(firstThemeVersion()).isEqualTo(before);
        assertThat(version.current(EVERY_PART)).as("nothing committed, nothing moved").isEqualTo(versionBefore);
    }

    @Test
    void values_are_bound_by_name_whatever_the_order_the_text_takes_them_in() {
        DirectStatement statement = DirectStatement.of(dsl, select(param("second", String.class),
                param("first", Integer.class), param("second", String.class)), false);

        assertThat(statement.fetch(dsl, Map.of("first", 1, "second", "two"),
                row -> row.getString(1) + row.getInt(2) + row.getString(3))).containsExactly("two1two");
    }

    @Test
    void a_parameter_of_an_array_type_takes_a_java_array() {
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        DirectStatement statement = DirectStatement.of(dsl, select(org.jooq.impl.DSL.cardinality(
                param("ids", UUID[].class))), false);

        assertThat(statement.fetch(dsl, Map.of("ids", new UUID[]{one, two}), row -> row.getInt(1))).containsExactly(2);
    }

    @Test
    void arrays_of_times_of_a_given_precision_and_of_text_come_back_as_they_were_bound() {
        OffsetDateTime[] times = {OffsetDateTime.parse("2026-03-29T00:59:59.123456Z"),
                OffsetDateTime.parse("2026-10-25T01:30:00+01:00"), null};
        String[] texts = {"plain", "a \"quoted\", {braced} \\ text", "", null, "NULL"};
        DirectStatement statement = DirectStatement.of(dsl, select(
                org.jooq.impl.DSL.field("array_to_json({0})::text", String.class,
                        param("times", FEEDBACK.RECEIVED_AT.getDataType().getArrayDataType())),
                org.jooq.impl.DSL.field("array_to_json({0})::text", String.class, param("texts", String[].class))), false);

        List<String> json = statement.fetch(dsl, Map.of("times", times, "texts", texts),
                row -> row.getString(1) + " " + row.getString(2));

        assertThat(json).containsExactly("[\"2026-03-29T00:59:59.123456+00:00\",\"2026-10-25T00:30:00+00:00\",null] "
                + "[\"plain\",\"a \\\"quoted\\\", {braced} \\\\ text\",\"\",null,\"NULL\"]");
    }

    @Test
    void a_statement_with_a_value_that_is_not_a_named_parameter_is_refused_when_it_is_made() {
        assertThatThrownBy(() -> DirectStatement.of(dsl, update(THEME).set(THEME.VERSION, 3L), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named parameter");
    }

    @Test
    void a_missing_value_is_refused_before_anything_runs() {
        long before = firstThemeVersion();

        assertThatThrownBy(() -> moveFirstTheme.execute(dsl, Map.of("stride", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step");
        assertThat(firstThemeVersion()).isEqualTo(before);
    }

    @Test
    void a_statement_the_database_refuses_fails_as_a_data_access_exception_naming_its_sql_state() {
        DirectStatement refused = DirectStatement.of(dsl, update(THEME).set(THEME.NAME, param("name", String.class)),
                true);

        assertThatThrownBy(() -> refused.execute(dsl, Map.of("name", "")))
                .isInstanceOfSatisfying(DataAccessException.class, failure ->
                        assertThat(failure.sqlState()).startsWith("23"));
    }

    private long firstThemeVersion() {
        return dsl.select(THEME.VERSION).from(THEME).orderBy(THEME.ID).limit(1).fetchSingle().value1();
    }
}
