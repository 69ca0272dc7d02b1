package org.bettercaretogether.persistence.sampledata;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SeenTextsTest {

    @Test
    void a_text_is_new_the_first_time_only() {
        SeenTexts seen = new SeenTexts();

        assertThat(seen.isNew("The bus to the clinic is late.")).isTrue();
        assertThat(seen.isNew("The bus to the clinic is late.")).isFalse();
        assertThat(seen.isNew("The bus to the clinic is late!")).isTrue();
        assertThat(seen.isNew("")).isTrue();
        assertThat(seen.isNew("")).isFalse();
    }

    @Test
    void texts_met_before_stay_met_as_the_set_grows_far_past_its_first_size() {
        SeenTexts seen = new SeenTexts();

        assertThat(IntStream.range(0, 200_000).filter(i -> seen.isNew("view " + i)).count()).isEqualTo(200_000);
        assertThat(IntStream.range(0, 200_000).filter(i -> seen.isNew("view " + i)).count()).isZero();
        assertThat(seen.isNew("view 200000")).isTrue();
    }
}
