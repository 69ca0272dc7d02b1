package org.bettercaretogether.domain.feedback;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.network.NetworkId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The small values a view is made of. */
class FeedbackValuesTest {

    @Test
    void a_reference_reads_like_bct_and_two_groups_of_four_and_is_kept_in_capitals() {
        assertThat(new FeedbackReference("bct-7kq3-m9xd").value()).isEqualTo("BCT-7KQ3-M9XD");
        assertThat(new FeedbackReference(" BCT-7KQ3-M9XD ").toString()).isEqualTo("BCT-7KQ3-M9XD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BCT-7KQ3M9XD", "BCT-7KQ3-M9X", "XYZ-7KQ3-M9XD", "BCT-0KQ3-M9XD", "BCT-1KQ3-M9XD",
            "BCT-OKQ3-M9XD", "BCT-IKQ3-M9XD", "BCT-LKQ3-M9XD", "BCT-7KQ3-M9XD-", ""})
    void a_reference_leaves_out_characters_easily_confused_and_keeps_its_shape(String text) {
        assertThatThrownBy(() -> new FeedbackReference(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("reference:");
    }

    @Test
    void random_references_always_have_the_shape_and_differ() {
        Random seeded = new Random(2026);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            FeedbackReference reference = FeedbackReference.random(seeded);
            assertThat(reference.value()).matches("BCT-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
            seen.add(reference.value());
        }
        assertThat(seen).hasSizeGreaterThan(1_990);
        assertThat(FeedbackReference.random()).isNotEqualTo(FeedbackReference.random());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01539 123456", "+44 7700 900123", "(01229) 870870", "07700-900-123"})
    void a_phone_number_is_digits_with_the_usual_marks(String number) {
        assertThat(new PhoneNumber(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0800 CALL NOW", "+44 7700 900123 ext 4", "1234567890123456", "   "})
    void anything_else_is_not_a_phone_number(String text) {
        assertThatThrownBy(() -> new PhoneNumber(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("phone:");
    }

    @Test
    void one_telephone_number_written_two_ways_is_the_same_number_and_another_is_not() {
        PhoneNumber local = new PhoneNumber("01539 123456");

        assertThat(local.sameNumberAs(new PhoneNumber("+44 (0)1539-123456"))).isTrue();
        assertThat(local.sameNumberAs(new PhoneNumber("+44 1539 123456"))).isTrue();
        assertThat(local.sameNumberAs(new PhoneNumber("01539 123457"))).isFalse();
        assertThat(local.lastTenDigits()).isEqualTo("1539123456");
    }

    @Test
    void a_phone_number_does_not_print() {
        assertThat(new PhoneNumber("01539 123456").toString()).doesNotContain("01539");
    }

    @Test
    void a_views_words_are_1_to_5000_characters_once_trimmed_and_do_not_print() {
        assertThat(new ViewText("  The bus is late.  ").value()).isEqualTo("The bus is late.");
        assertThat(new ViewText("x".repeat(5_000)).value()).hasSize(5_000);
        assertThatThrownBy(() -> new ViewText("x".repeat(5_001))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("text:");
        assertThatThrownBy(() -> new ViewText(" \n ")).isInstanceOf(InvalidValueException.class);
        assertThat(new ViewText("Jane Smith, 12 Main Street").toString()).doesNotContain("Jane");
    }

    @Test
    void contact_details_are_each_optional_and_never_printed() {
        ContactDetails details = new ContactDetails(Optional.of("  Jane Smith "),
                Optional.of(new EmailAddress("Jane@Example.com")), Optional.of(new PhoneNumber("01539 123456")));

        assertThat(details.name()).contains("Jane Smith");
        assertThat(details.email().orElseThrow().value()).isEqualTo("jane@example.com");
        assertThat(details.isEmpty()).isFalse();
        assertThat(details.toString()).doesNotContain("Jane").doesNotContain("01539").doesNotContain("example");
        assertThat(ContactDetails.none().isEmpty()).isTrue();
        assertThatThrownBy(() -> new ContactDetails(Optional.of(" "), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("name:");
    }

    @Test
    void a_view_given_online_has_no_member_of_staff_behind_it_and_any_other_has_one() {
        LocalDate day = LocalDate.of(2026, 12, 14);
        StaffMemberId officer = StaffMemberId.random();

        assertThat(Origin.online(day).enteredBy()).isEmpty();
        assertThat(new Origin(Channel.LETTER, day, Optional.of("Postbag 3"), Optional.of(officer)).enteredBy())
                .contains(officer);
        assertThatThrownBy(() -> new Origin(Channel.ONLINE, day, Optional.empty(), Optional.of(officer)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("channel:");
        assertThatThrownBy(() -> new Origin(Channel.MEETING, day, Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("enteredBy:");
        assertThatThrownBy(() -> new Origin(Channel.LETTER, day, Optional.of(" "), Optional.of(officer)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("eventOrBatch:");
    }

    @Test
    void a_subject_is_rebuilt_from_its_kind_and_identity_as_stored() {
        UUID id = UUID.randomUUID();

        assertThat(Subject.of("programme", Optional.empty())).isEqualTo(Subject.programme());
        assertThat(Subject.of("community", Optional.of(id))).isEqualTo(new Subject.AboutCommunity(new CommunityId(id)));
        assertThat(Subject.of("workstream", Optional.of(id))).isEqualTo(new Subject.AboutWorkstream(new WorkstreamId(id)));
        assertThat(Subject.of("network", Optional.of(id))).isEqualTo(new Subject.AboutNetwork(new NetworkId(id)));
        for (Subject subject : Set.of(Subject.programme(), new Subject.AboutCommunity(new CommunityId(id)),
                new Subject.AboutWorkstream(new WorkstreamId(id)), new Subject.AboutNetwork(new NetworkId(id)))) {
            assertThat(Subject.of(subject.kind(), subject.id())).isEqualTo(subject);
        }
        assertThatThrownBy(() -> Subject.of("meeting", Optional.of(id))).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("about:");
    }
}
