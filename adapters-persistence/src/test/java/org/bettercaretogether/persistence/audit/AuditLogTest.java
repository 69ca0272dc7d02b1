package org.bettercaretogether.persistence.audit;

import org.bettercaretogether.application.audit.AuditLog;
import org.bettercaretogether.application.audit.AuditLog.Position;
import org.bettercaretogether.domain.audit.AuditEntry;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.Jooq;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.StaffFixtures;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class AuditLogTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00.000001Z");

    private static DSLContext dsl;
    private static AuditLog audit;
    private static StaffMemberId amina;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        dsl = Jooq.dslContext(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        audit = postgres.port(AuditLog.class);
        amina = StaffFixtures.amina(postgres, Role.ADMIN);
    }

    /**
     * Starts each test with an empty log. The log refuses to be emptied, so this does what only the tables' owner
     * can: switches the triggers off, truncates and switches them on again, in one transaction.
     */
    @BeforeEach
    void emptyLog() {
        dsl.transaction(() -> {
            dsl.execute("alter table audit_entry disable trigger audit_entry_append_only");
            dsl.execute("alter table audit_field_change disable trigger audit_field_change_append_only");
            dsl.execute("truncate audit_field_change, audit_entry");
            dsl.execute("alter table audit_entry enable trigger audit_entry_append_only");
            dsl.execute("alter table audit_field_change enable trigger audit_field_change_append_only");
        });
    }

    @Test
    void reads_back_an_entry_equal_with_its_changes_in_order() {
        AuditEntry revised = new AuditEntry(UUID.randomUUID(), NINE, Optional.of(amina), "community.revised",
                "community", "kendal", List.of(
                        new FieldChange("name", Optional.of("Kendal"), Optional.of("Kendal and district")),
                        new FieldChange("population", Optional.empty(), Optional.of("32000")),
                        new FieldChange("stage", Optional.of("FORMING"), Optional.empty())));

        audit.append(revised);

        assertThat(audit.newestFirst(Optional.empty(), 10)).containsExactly(revised);
    }

    @Test
    void reads_back_an_entry_of_the_system_itself_with_no_changes() {
        AuditEntry loaded = new AuditEntry(UUID.randomUUID(), NINE, Optional.empty(), "reference-data.loaded",
                "reference-data-release", "morecambe-bay-2016", List.of());

        audit.append(loaded);

        assertThat(audit.newestFirst(Optional.empty(), 10)).containsExactly(loaded);
    }

    @Test
    void pages_newest_first_through_entries_sharing_a_time_without_skipping_or_repeating_any() {
        List<AuditEntry> appended = new ArrayList<>();
        Instant[] times = {NINE, NINE.plusSeconds(60), NINE.plusSeconds(60), NINE.plusSeconds(60),
                NINE.plusSeconds(60), NINE.plusSeconds(120), NINE, NINE.plusSeconds(60)};
        for (int i = 0; i < times.length; i++) {
            AuditEntry entry = new AuditEntry(UUID.randomUUID(), times[i], Optional.of(amina), "staff.signed-in",
                    "staff-member", amina.toString(), List.of(new FieldChange("attempt", Optional.empty(),
                    Optional.of(String.valueOf(i)))));
            audit.append(entry);
            appended.add(entry);
        }
        // Newest first; within one time, by id as PostgreSQL orders uuids (bytes, unsigned: as their hex text).
        List<AuditEntry> expected = appended.stream()
                .sorted(Comparator.comparing(AuditEntry::at).thenComparing(entry -> entry.id().toString()).reversed())
                .toList();

        List<List<AuditEntry>> pages = new ArrayList<>();
        Optional<Position> before = Optional.empty();
        for (int read = 0; read < times.length; read++) { // a cursor that does not move would read forever
            List<AuditEntry> page = audit.newestFirst(before, 3);
            if (page.isEmpty()) {
                break;
            }
            pages.add(page);
            AuditEntry last = page.getLast();
            before = Optional.of(new Position(last.at(), last.id()));
        }

        assertThat(pages).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
    }

    @Test
    void a_page_starts_strictly_after_its_position_even_among_entries_sharing_its_time() {
        AuditEntry first = entryAt(NINE);
        AuditEntry second = entryAt(NINE);
        AuditEntry third = entryAt(NINE);
        List.of(first, second, third).forEach(audit::append);
        List<AuditEntry> all = audit.newestFirst(Optional.empty(), 10);

        List<AuditEntry> afterTheMiddle = audit.newestFirst(
                Optional.of(new Position(all.get(1).at(), all.get(1).id())), 10);

        assertThat(afterTheMiddle).containsExactly(all.get(2));
    }

    @Test
    void entries_appended_after_a_page_was_read_do_not_shift_the_next_page() {
        List.of(entryAt(NINE), entryAt(NINE.plusSeconds(1)), entryAt(NINE.plusSeconds(2))).forEach(audit::append);
        List<AuditEntry> firstPage = audit.newestFirst(Optional.empty(), 2);

        audit.append(entryAt(NINE.plusSeconds(3)));
        List<AuditEntry> secondPage = audit.newestFirst(
                Optional.of(new Position(firstPage.getLast().at(), firstPage.getLast().id())), 2);

        assertThat(secondPage).extracting(AuditEntry::at).containsExactly(NINE);
    }

    @Test
    void a_page_of_nothing_is_empty_and_a_negative_size_is_refused() {
        audit.append(entryAt(NINE));

        assertThat(audit.newestFirst(Optional.empty(), 0)).isEmpty();
        assertThatThrownBy(() -> audit.newestFirst(Optional.empty(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEntry entryAt(Instant at) {
        return new AuditEntry(UUID.randomUUID(), at, Optional.of(amina), "feedback.moderated", "feedback",
                UUID.randomUUID().toString(), List.of());
    }
}
