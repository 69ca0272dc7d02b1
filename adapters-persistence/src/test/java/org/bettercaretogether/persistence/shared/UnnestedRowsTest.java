package org.bettercaretogether.persistence.shared;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.jooq.impl.DSL.select;

class UnnestedRowsTest {

    private static final UnnestedRows STEPS = UnnestedRows.of("step", List.of(FEEDBACK_TRANSITION.fields()));

    @Test
    void each_column_becomes_one_array_of_its_own_type_with_the_rows_in_order_and_nulls_kept() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC);

        Object[] arrays = STEPS.arrays(List.of(
                new Object[]{first, 0, at, null, "RECEIVED", null},
                new Object[]{second, 1, at.plusHours(1), UUID.randomUUID(), "PUBLISHED", "by a moderator"}));

        assertThat(arrays).hasSize(6);
        assertThat(arrays[0]).isInstanceOf(UUID[].class).isEqualTo(new UUID[]{first, second});
        assertThat(arrays[1]).isEqualTo(new Integer[]{0, 1});
        assertThat(arrays[2]).isInstanceOf(OffsetDateTime[].class);
        assertThat(((UUID[]) arrays[3])[0]).isNull();
        assertThat(arrays[5]).isEqualTo(new String[]{null, "by a moderator"});
    }

    @Test
    void the_statement_has_one_bind_value_per_column_whatever_the_number_of_rows() {
        String sql = DSL.using(SQLDialect.POSTGRES).render(select(STEPS.fields()).from(STEPS.table()));

        assertThat(sql.chars().filter(c -> c == '?')).hasSize(FEEDBACK_TRANSITION.fields().length);
        assertThat(sql).contains("rows from (unnest(").contains("as \"step\" (\"feedback_id\", \"position\"");
    }

    @Test
    void a_row_without_one_value_per_column_is_refused() {
        assertThatThrownBy(() -> STEPS.arrays(List.<Object[]>of(new Object[]{UUID.randomUUID(), 0})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row has 2 values for 6 columns");
    }
}
