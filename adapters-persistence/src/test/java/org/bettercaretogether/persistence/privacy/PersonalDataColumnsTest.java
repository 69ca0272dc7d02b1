package org.bettercaretogether.persistence.privacy;

import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.bettercaretogether.persistence.testing.TestDatabase;
import org.bettercaretogether.persistence.testing.TestDatabases;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.privacy.PersonalDataColumns.NotPersonal;
import org.bettercaretogether.persistence.privacy.PersonalDataColumns.Personal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bettercaretogether.persistence.privacy.PersonalDataColumns.EVERY_TEXT_COLUMN;
import static org.bettercaretogether.persistence.privacy.PersonalDataColumns.HOLDS_TEXT;
import static org.bettercaretogether.persistence.privacy.PersonalDataColumns.LOOKS_PERSONAL;
import static org.bettercaretogether.persistence.privacy.PersonalDataColumns.NOT_PERSONAL;
import static org.bettercaretogether.persistence.privacy.PersonalDataColumns.PERSONAL;

/**
 * The migrated schema against the one list of personal data: a column that can hold what a person typed, or whose name
 * says it could be about a person, must be listed as personal (with how export, erasure and retention treat it) or as
 * not personal (with why). A migration that adds such a column without saying fails here; so does an entry naming a
 * column the schema does not have.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class PersonalDataColumnsTest {

    /** A column of the migrated schema, as information_schema describes it. */
    record SchemaColumn(String table, String column, String type) {

        String name() {
            return table + "." + column;
        }
    }

    @Test
    void every_column_that_could_hold_personal_data_is_listed_as_personal_or_not(DataSource dataSource)
            throws SQLException {
        SchemaMigrations.migrate(dataSource);

        assertThat(unhandled(columns(dataSource))).isEmpty();
    }

    @Test
    void every_entry_names_a_column_or_table_of_the_schema_and_none_is_listed_twice(DataSource dataSource)
            throws SQLException {
        List<SchemaColumn> columns = columns(dataSource);
        Set<String> names = new HashSet<>(columns.stream().map(SchemaColumn::name).toList());
        Set<String> tables = new HashSet<>(columns.stream().map(SchemaColumn::table).toList());

        List<String> entries = Stream.concat(PERSONAL.stream().map(Personal::name),
                NOT_PERSONAL.stream().map(NotPersonal::name)).toList();

        assertThat(PERSONAL).extracting(Personal::name).allMatch(names::contains);
        assertThat(NOT_PERSONAL).allSatisfy(entry -> assertThat(entry.column().equals(EVERY_TEXT_COLUMN)
                ? tables.contains(entry.table()) : names.contains(entry.name())).as(entry.name()).isTrue());
        assertThat(entries).doesNotHaveDuplicates();
    }

    @Test
    void a_column_added_without_being_listed_is_found_whether_it_looks_personal_or_holds_text() throws SQLException {
        try (TestDatabase scratch = TestDatabases.createMigrated("personal-data-guard")) {
            execute(scratch.dataSource(), """
                    alter table registration add column date_of_birth date;
                    alter table community add column contact_email text;
                    alter table feedback add column follow_up_wishes text;
                    alter table meeting add column notes text""");

            List<String> found = unhandled(columns(scratch.dataSource()));

            assertThat(found).containsExactlyInAnyOrder(
                    "registration.date_of_birth (date): its name says it could be about a person",
                    "community.contact_email (text): its name says it could be about a person",
                    "feedback.follow_up_wishes (text): it can hold what a person typed");
        }
    }

    /**
     * The columns neither list handles, each with why it must be listed: a name that looks personal must be listed by
     * name; a column holding text must be listed by name, or its table listed whole.
     */
    static List<String> unhandled(List<SchemaColumn> columns) {
        Set<String> listed = new HashSet<>(PERSONAL.stream().map(Personal::name).toList());
        NOT_PERSONAL.stream().filter(entry -> !entry.column().equals(EVERY_TEXT_COLUMN)).map(NotPersonal::name)
                .forEach(listed::add);
        Set<String> wholeTables = new HashSet<>(NOT_PERSONAL.stream()
                .filter(entry -> entry.column().equals(EVERY_TEXT_COLUMN)).map(NotPersonal::table).toList());
        List<String> unhandled = new ArrayList<>();
        for (SchemaColumn column : columns) {
            if (listed.contains(column.name())) {
                continue;
            }
            String described = column.name() + " (" + column.type() + "): ";
            if (LOOKS_PERSONAL.matcher(column.column()).find()) {
                unhandled.add(described + "its name says it could be about a person");
            } else if (HOLDS_TEXT.contains(column.type()) && !wholeTables.contains(column.table())) {
                unhandled.add(described + "it can hold what a person typed");
            }
        }
        return unhandled;
    }

    /** Every column of every table of the migrated schema but Flyway's own. */
    private static List<SchemaColumn> columns(DataSource dataSource) throws SQLException {
        List<SchemaColumn> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select c.table_name, c.column_name, c.data_type
                     from information_schema.columns c
                     join information_schema.tables t
                       on t.table_schema = c.table_schema and t.table_name = c.table_name
                     where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                       and c.table_name <> 'flyway_schema_history'
                     order by c.table_name, c.ordinal_position""")) {
            while (rows.next()) {
                columns.add(new SchemaColumn(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return columns;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
