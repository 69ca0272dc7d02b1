package org.bettercaretogether.domain.feedback;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays england = WorkingDays.england();

    @Test
    void twenty_working_days_across_christmas_2026_skip_weekends_and_three_bank_holidays() {
        // From Monday 14 December 2026, counting by hand: 15-18 Dec (4), 21-24 Dec (8); Fri 25 Dec Christmas Day,
        // Mon 28 Dec the substitute Boxing Day; 29-31 Dec (11); Fri 1 Jan 2027 New Year's Day; 4-8 Jan (16);
        // 11-14 Jan (20).
        assertThat(england.after(LocalDate.of(2026, 12, 14), 20)).isEqualTo(LocalDate.of(2027, 1, 14));
    }

    @Test
    void christmas_2026_and_new_year_2027_are_not_working_days() {
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 28))).as("substitute for Boxing Day").isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 2))).as("a Saturday").isFalse();
    }

    @Test
    void the_start_day_is_not_counted_and_a_weekend_start_counts_from_monday() {
        LocalDate friday = LocalDate.of(2026, 11, 27);

        assertThat(england.after(friday, 0)).isEqualTo(friday);
        assertThat(england.after(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(england.after(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(england.after(LocalDate.of(2026, 11, 28), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void easter_2027_takes_good_friday_and_easter_monday() {
        // Thursday 25 March 2027; Good Friday 26 March and Easter Monday 29 March are bank holidays.
        assertThat(england.after(LocalDate.of(2027, 3, 25), 1)).isEqualTo(LocalDate.of(2027, 3, 30));
    }

    @Test
    void the_bank_holidays_known_are_all_weekdays() {
        assertThat(WorkingDays.ENGLAND_BANK_HOLIDAYS).hasSize(40).allSatisfy(day -> assertThat(day.getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void other_holidays_can_be_given_and_a_negative_count_is_refused() {
        WorkingDays withAStrikeDay = new WorkingDays(Set.of(LocalDate.of(2026, 11, 30)));

        assertThat(withAStrikeDay.after(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> england.after(LocalDate.of(2026, 11, 27), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
