package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamRoleTest {

    private static final ProfessionId NURSE = ProfessionId.random();
    private static final PartnerId EMPLOYER = PartnerId.random();

    private static TeamRole role(Optional<Integer> headcount, Optional<BigDecimal> wte) {
        return new TeamRole(NURSE, EMPLOYER, headcount, wte);
    }

    private static TeamRole wte(String value) {
        return role(Optional.empty(), Optional.of(new BigDecimal(value)));
    }

    @Test
    void a_line_gives_a_headcount_or_whole_time_equivalents() {
        assertThatThrownBy(() -> role(Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("headcount"));
    }

    @Test
    void either_or_both_may_be_given() {
        assertThat(role(Optional.of(4), Optional.empty()).headcount()).contains(4);
        assertThat(wte("2.5").wholeTimeEquivalents()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("2.5"));
        assertThat(role(Optional.of(3), Optional.of(new BigDecimal("2.6"))).headcount()).contains(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000})
    void a_headcount_is_from_1_to_999(int outside) {
        assertThatThrownBy(() -> role(Optional.of(outside), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("headcount"));
    }

    @Test
    void the_headcount_bounds_themselves_are_allowed() {
        assertThat(role(Optional.of(1), Optional.empty()).headcount()).contains(1);
        assertThat(role(Optional.of(999), Optional.empty()).headcount()).contains(999);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "1000", "999.991", "0.125", "1.005"})
    void whole_time_equivalents_are_above_0_at_most_999_99_to_two_places(String outside) {
        assertThatThrownBy(() -> wte(outside)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("wholeTimeEquivalents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "0.5", "1.50", "1.500", "999.99", "12"})
    void whole_time_equivalents_within_the_rules_are_kept(String value) {
        assertThat(wte(value).wholeTimeEquivalents()).hasValueSatisfying(
                kept -> assertThat(kept).isEqualByComparingTo(value));
    }

    @Test
    void whole_numbers_of_whole_time_equivalents_read_as_plain_numbers() {
        assertThat(wte("10.00").wholeTimeEquivalents().orElseThrow()).hasToString("10");
        assertThat(wte("120").wholeTimeEquivalents().orElseThrow()).hasToString("120");
        assertThat(wte("1.50").wholeTimeEquivalents().orElseThrow()).hasToString("1.5");
    }
}
