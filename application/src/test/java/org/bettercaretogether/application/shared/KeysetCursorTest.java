package org.bettercaretogether.application.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetCursorTest {

    private record Position(Instant at, UUID id) {
    }

    @Test
    void a_cursor_gives_back_the_time_and_id_it_was_made_from_to_the_nanosecond() {
        Instant at = Instant.parse("2026-12-14T10:15:30.123456789Z");
        UUID id = UUID.fromString("0b7e6c1e-92a4-4f4e-9d55-5b1f0f4b9a10");

        String cursor = KeysetCursor.encode(at, id);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(KeysetCursor.decode(Optional.of(cursor), Position::new)).contains(new Position(at, id));
        assertThat(KeysetCursor.decode(Optional.of("  " + cursor + " "), Position::new)).contains(new Position(at, id));
    }

    @Test
    void no_cursor_or_a_blank_one_is_the_first_page() {
        assertThat(KeysetCursor.decode(Optional.empty(), Position::new)).isEmpty();
        assertThat(KeysetCursor.decode(Optional.of(""), Position::new)).isEmpty();
        assertThat(KeysetCursor.decode(Optional.of("   "), Position::new)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "%%%", "a", "no separator at all", "yesterday|0b7e6c1e-92a4-4f4e-9d55-5b1f0f4b9a10",
            "2026-12-14T10:15:30Z|not-a-uuid", "2026-12-14T10:15:30Z|", "|0b7e6c1e-92a4-4f4e-9d55-5b1f0f4b9a10"})
    void anything_this_service_did_not_give_is_refused(String text) {
        String cursor = text.contains("|") || text.contains(" ")
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8)) : text;

        assertThatThrownBy(() -> KeysetCursor.decode(Optional.of(cursor), Position::new))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_refusal_names_the_cursor_field() {
        assertThat(KeysetCursor.malformed()).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("cursor"));
    }
}
