package org.bettercaretogether.persistence.audit;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.bettercaretogether.persistence.jooq.Tables.AUDIT_ENTRY;
import static org.bettercaretogether.persistence.jooq.Tables.AUDIT_FIELD_CHANGE;

/** The database itself keeps the audit log append-only, whoever connects and however they ask. */
@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class AuditLogAppendOnlyTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static DataSource dataSource;
    private static DSLContext dsl;
    private static AuditLog audit;
    private static AuditEntry recorded;

    @BeforeAll
    static void migrate(DataSource database) {
        dataSource = database;
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        audit = new PostgresAdapters(dataSource).port(AuditLog.class);
        recorded = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-02T09:00:00Z"), Optional.empty(),
                "partner.revised", "partner", "rtx", List.of(new FieldChange("name", Optional.of("Old name"),
                Optional.of("New name"))));
        audit.append(recorded);
    }

    @Test
    void refuses_to_update_an_entry() {
        assertRefused("UPDATE", "audit_entry", () -> dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ACTION, "nothing.happened")
                .where(AUDIT_ENTRY.ID.eq(recorded.id())).execute());
        assertUnchanged();
    }

    @Test
    void refuses_to_delete_an_entry() {
        assertRefused("DELETE", "audit_entry", () -> dsl.deleteFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.eq(recorded.id())).execute());
        assertUnchanged();
    }

    @Test
    void refuses_even_a_delete_that_would_remove_nothing() {
        assertRefused("DELETE", "audit_entry", () -> dsl.deleteFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.eq(UUID.randomUUID())).execute());
    }

    @Test
    void refuses_to_truncate_the_log() {
        assertRefused("TRUNCATE", "audit_entry", () -> plainSql("truncate audit_entry cascade"));
        assertUnchanged();
    }

    @Test
    void refuses_to_rewrite_or_remove_a_recorded_change() {
        assertRefused("UPDATE", "audit_field_change", () -> dsl.update(AUDIT_FIELD_CHANGE)
                .set(AUDIT_FIELD_CHANGE.AFTER_VALUE, "Another name").execute());
        assertRefused("DELETE", "audit_field_change", () -> dsl.deleteFrom(AUDIT_FIELD_CHANGE).execute());
        assertRefused("TRUNCATE", "audit_field_change", () -> plainSql("truncate audit_field_change"));
        assertUnchanged();
    }

    @Test
    void refuses_plain_sql_from_any_connection_too() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refusal = catchThrowableOfType(SQLException.class,
                    () -> statement.executeUpdate("delete from audit_entry"));

            assertThat((Throwable) refusal).isNotNull();
            assertThat(refusal.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
            assertThat(refusal.getMessage()).contains("the audit log is append-only");
        }
        assertUnchanged();
    }

    @Test
    void still_takes_new_entries() {
        AuditEntry another = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"), Optional.empty(),
                "partner.revised", "partner", "rtx", List.of());

        audit.append(another);

        assertThat(audit.newestFirst(Optional.empty(), 10)).contains(another, recorded);
    }

    private static void assertRefused(String operation, String table, Runnable write) {
        DataAccessException refusal = catchThrowableOfType(DataAccessException.class, write::run);

        assertThat(refusal).as(operation + " on " + table + " was expected to be refused").isNotNull();
        assertThat(refusal.sqlState()).isEqualTo(INSUFFICIENT_PRIVILEGE);
        assertThat(refusal.getMessage())
                .contains("the audit log is append-only: " + operation + " on " + table + " is refused");
    }

    private static void assertUnchanged() {
        assertThat(audit.newestFirst(Optional.empty(), 100)).contains(recorded);
        assertThat(dsl.fetchCount(AUDIT_FIELD_CHANGE)).isOne();
    }

    private static void plainSql(String sql) {
        dsl.execute(sql);
    }
}
