package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.feedback.PersonalDetails.Found;
import org.bettercaretogether.domain.feedback.PersonalDetails.Kind;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDetailsTest {

    @Test
    void an_email_address_is_found_where_it_stands() {
        String text = "Write to jane.o'neill+bct@example.nhs.uk about it.";

        assertThat(PersonalDetails.findIn(text)).containsExactly(
                new Found(Kind.EMAIL, 9, 9 + "jane.o'neill+bct@example.nhs.uk".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01539 123456", "07700 900123", "+44 7700 900123", "(01229) 870870", "07700900123",
            "+44 (0)1539 123456", "020 7946 0958"})
    void uk_telephone_numbers_are_found_whole(String number) {
        String text = "Ring me on " + number + " after six.";

        assertThat(PersonalDetails.findIn(text)).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(Kind.PHONE);
            assertThat(text.substring(found.start(), found.end())).isEqualTo(number);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"LA9 4AB", "la94ab", "LA14 2LN", "PR3 1ZZ", "la9  4ab"})
    void full_postcodes_are_found_in_either_case_with_or_without_the_space(String postcode) {
        String text = "I live at " + postcode + ", near the station.";

        assertThat(PersonalDetails.findIn(text)).singleElement().satisfies(found -> {
            assertThat(found.kind()).isEqualTo(Kind.POSTCODE);
            assertThat(text.substring(found.start(), found.end())).isEqualTo(postcode);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919"})
    void a_ten_digit_number_with_a_valid_modulus_11_check_digit_is_an_nhs_number(String number) {
        assertThat(PersonalDetails.findIn("My NHS number is " + number + "."))
                .extracting(Found::kind).containsExactly(Kind.NHS_NUMBER);
    }

    @Test
    void a_ten_digit_number_with_the_wrong_check_digit_is_not_an_nhs_number() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9, not 0
        assertThat(PersonalDetails.isNhsNumber("943 476 5919")).isTrue();
        assertThat(PersonalDetails.isNhsNumber("943 476 5910")).isFalse();
        assertThat(PersonalDetails.findIn("My number is 943 476 5910.")).extracting(Found::kind)
                .doesNotContain(Kind.NHS_NUMBER);
    }

    @Test
    void a_check_digit_that_would_be_10_makes_no_nhs_number() {
        // 1*10 + 0*9 + ... + 0*2 + 1*... : 100 000 0010 has weighted sum 10 + 2 = 12 -> 11 - 1 = 10, never valid
        assertThat(PersonalDetails.isNhsNumber("1000000010")).isFalse();
        assertThat(PersonalDetails.isNhsNumber("123456789")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I waited 20 minutes for the bus.", "The review ends in 2026.",
            "Most of LA9 is Kendal.", "About 365,000 people live in the Bay.", "Ward 23 on the 2nd floor, 10:30am.",
            "Call 111 or 999 in an emergency.", "On 14/12/2026 I waited 3 hours.", "Appointment 2026-12-14 at 09:15."})
    void ordinary_numbers_and_districts_are_not_personal_details(String text) {
        assertThat(PersonalDetails.findIn(text)).isEmpty();
        assertThat(PersonalDetails.redacted(text)).isEqualTo(text);
    }

    @Test
    void every_detail_is_found_in_order_and_none_twice() {
        String text = "Jo (jo@example.com, 07700 900123) at LA9 4AB, NHS 943 476 5919.";

        List<Found> found = PersonalDetails.findIn(text);

        assertThat(found).extracting(Found::kind)
                .containsExactly(Kind.EMAIL, Kind.PHONE, Kind.POSTCODE, Kind.NHS_NUMBER);
        for (int i = 1; i < found.size(); i++) {
            assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
        }
    }

    @Test
    void redaction_replaces_each_detail_with_a_placeholder_and_keeps_the_rest() {
        String text = "Jo (jo@example.com, 07700 900123) at LA9 4AB, NHS 943 476 5919.";

        assertThat(PersonalDetails.redacted(text)).isEqualTo("Jo ([email address removed], [telephone number removed])"
                + " at [full postcode removed], NHS [NHS number removed].");
    }

    @Test
    void a_redacted_text_can_be_published() {
        String text = "Ring 01539 123456 or write to me at LA9 4AB.";

        assertThat(new PublicText(PersonalDetails.redacted(text)).value())
                .isEqualTo("Ring [telephone number removed] or write to me at [full postcode removed].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Email me at jo@example.com", "Ring 01539 123456", "I live at LA9 4AB",
            "NHS number 943 476 5919"})
    void a_public_text_refuses_words_that_still_hold_personal_details(String text) {
        assertThatThrownBy(() -> new PublicText(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("publicText:").hasMessageContaining("remove it before publishing");
    }

    @Test
    void a_public_text_is_trimmed_and_must_say_something() {
        assertThat(new PublicText("  The buses are too few.  ").value()).isEqualTo("The buses are too few.");
        assertThatThrownBy(() -> new PublicText("   ")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("publicText");
        assertThatThrownBy(() -> new PublicText("x".repeat(ViewText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class);
    }
}
