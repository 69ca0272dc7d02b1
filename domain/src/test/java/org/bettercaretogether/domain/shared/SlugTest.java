package org.bettercaretogether.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlugTest {

    @Test
    void a_slug_is_made_from_a_name_in_plain_words() {
        assertThat(Slug.fromName("Dalton & Ulverston").value()).isEqualTo("dalton-and-ulverston");
        assertThat(Slug.fromName("Women's and Children's Services").value()).isEqualTo("women-s-and-children-s-services");
        assertThat(Slug.fromName("  Côte  ").value()).isEqualTo("cote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Kendal", "-kendal", "kendal-", "ken--dal", "ken dal", "../etc"})
    void anything_but_lower_case_words_joined_by_hyphens_is_refused(String text) {
        assertThatThrownBy(() -> new Slug(text)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void text_is_trimmed_and_bounded() {
        assertThat(Require.text("  Kendal  ", "name", 10)).isEqualTo("Kendal");
        assertThatThrownBy(() -> Require.text("x".repeat(11), "name", 10))
                .isInstanceOf(InvalidValueException.class).hasMessage("name: must be at most 10 characters");
    }
}
