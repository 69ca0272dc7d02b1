package org.bettercaretogether.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class UkTimeTest {

    @Test
    void in_summer_the_uk_day_begins_an_hour_before_midnight_utc() {
        assertThat(UkTime.dayOf(Instant.parse("2026-06-30T22:59:59Z"))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(UkTime.dayOf(Instant.parse("2026-06-30T23:00:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.startOf(LocalDate.of(2026, 7, 1))).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    }

    @Test
    void in_winter_uk_days_are_utc_days() {
        assertThat(UkTime.dayOf(Instant.parse("2026-12-14T23:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(UkTime.startOf(LocalDate.of(2026, 12, 15))).isEqualTo(Instant.parse("2026-12-15T00:00:00Z"));
    }

    @Test
    void the_clocks_going_forward_and_back_are_followed() {
        // 29 March 2026: 01:00 GMT becomes 02:00 BST. 25 October 2026: 02:00 BST becomes 01:00 GMT.
        assertThat(UkTime.startOf(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(UkTime.startOf(LocalDate.of(2026, 3, 30))).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(UkTime.startOf(LocalDate.of(2026, 10, 26))).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }
}
