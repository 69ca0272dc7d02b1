package org.bettercaretogether.domain.shared;

import org.bettercaretogether.domain.feedback.ViewText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme keeps text as a person types it: no control characters, no broken characters. */
class PlainTextTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F})
    void a_control_character_anywhere_in_a_text_is_refused_naming_the_field(int control) {
        String text = "Parking at the " + (char) control + "hospital";

        assertThatThrownBy(() -> new ViewText(text)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.field()).isEqualTo("text");
            assertThat(refused.rule()).isEqualTo(Require.CONTROL_CHARACTERS_RULE);
        });
        assertThat(Require.isPlainText(text)).isFalse();
    }

    @Test
    void a_control_character_at_either_end_is_refused_too_not_trimmed_away() {
        assertThatThrownBy(() -> Require.text("Kendal\u001F", "name", 100)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Require.text("\u0000Kendal", "name", 100)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void tabs_and_line_breaks_are_text() {
        assertThat(new ViewText("First line\r\nSecond\tline\nThird").value()).isEqualTo("First line\r\nSecond\tline\nThird");
    }

    @Test
    void letters_of_every_script_and_emoji_are_text() {
        String text = "Café – Zürich – Ŵrecsam – 日本語 – العربية – 👍🏽 – \u00A0non-breaking \u200Bzero-width";

        assertThat(Require.isPlainText(text)).isTrue();
        assertThat(Require.text(text, "text", 200)).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D", "a\uDC4Db", "\uDC4D\uD83D"})
    void half_a_surrogate_pair_is_refused(String text) {
        assertThatThrownBy(() -> Require.text(text, "name", 100)).isInstanceOfSatisfying(InvalidValueException.class,
                refused -> assertThat(refused.rule()).isEqualTo(Require.BROKEN_CHARACTERS_RULE));
    }
}
