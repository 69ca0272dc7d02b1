package org.bettercaretogether.domain.partner;

import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerTest {

    private static final Provenance SOURCE = Provenance.verified("test source");

    @ParameterizedTest
    @ValueSource(strings = {"RTX", "01K", "rx7", " RW5 ", "RTX01", "A81001"})
    void ods_codes_of_trusts_commissioners_sites_and_practices_are_accepted(String code) {
        assertThat(new OdsCode(code).value()).matches("[A-Z0-9]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RT", "RTXX", "RTX0", "R-X", "A810011", "RTX 01"})
    void malformed_ods_codes_are_refused_naming_the_field(String code) {
        assertThatThrownBy(() -> new OdsCode(code))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("odsCode");
    }

    @Test
    void gss_codes_need_a_nation_letter_and_eight_digits() {
        assertThat(new GssCode("e10000017").value()).isEqualTo("E10000017");
        assertThatThrownBy(() -> new GssCode("E1000001")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GssCode("X10000017")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_identifier_is_made_by_its_scheme() {
        assertThat(OrganisationIdentifier.of(IdentifierScheme.GSS, "E10000006")).isInstanceOf(GssCode.class);
        assertThat(OrganisationIdentifier.of(IdentifierScheme.ODS, "RTX")).isInstanceOf(OdsCode.class);
    }

    @Test
    void a_partner_cannot_hold_the_same_code_twice() {
        List<RecordedIdentifier> twice = List.of(new RecordedIdentifier(new OdsCode("RTX"), SOURCE),
                new RecordedIdentifier(new OdsCode("rtx"), Provenance.unverified("elsewhere")));
        assertThatThrownBy(() -> Partner.newPartner(PartnerId.random(), "Trust", PartnerKind.ACUTE_HOSPITAL_TRUST,
                twice, Optional.empty(), "Runs hospitals"))
                .hasMessageContaining("same code twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "/relative", "ftp://example.org", "mailto:a@example.org"})
    void a_website_must_be_a_full_web_address(String address) {
        assertThatThrownBy(() -> Partner.newPartner(PartnerId.random(), "Trust", PartnerKind.ACUTE_HOSPITAL_TRUST,
                List.of(), Optional.of(URI.create(address)), "Runs hospitals"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("website");
    }

    @Test
    void a_rename_keeps_the_former_name_in_the_history() {
        Partner renamed = partner().renamed("New Name Trust", Optional.of(ApproximateDate.month(2019, 10)), SOURCE);

        assertThat(renamed.name()).isEqualTo("New Name Trust");
        assertThat(renamed.formerNames()).containsExactly("Old Name Trust");
        assertThat(renamed.isActive()).isTrue();
        assertThat(renamed.history().getFirst().when()).map(ApproximateDate::toText).contains("October 2019");
    }

    @Test
    void nothing_happens_to_a_partner_after_it_was_abolished() {
        Partner abolished = partner().abolished(Optional.of(ApproximateDate.year(2023)), SOURCE);

        assertThat(abolished.isActive()).isFalse();
        assertThatThrownBy(() -> abolished.renamed("Revived", Optional.empty(), SOURCE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("abolished");
        assertThatThrownBy(() -> new Partner(abolished.id(), abolished.name(), abolished.kind(), List.of(),
                Optional.empty(), abolished.role(),
                List.of(new PartnerEvent.Abolished(Optional.empty(), SOURCE),
                        new PartnerEvent.Renamed(Optional.empty(), "x", SOURCE)), 1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_approximate_date_says_only_what_is_known() {
        assertThat(ApproximateDate.year(2023).toText()).isEqualTo("2023");
        assertThat(ApproximateDate.day(java.time.LocalDate.of(2023, 4, 1)).toText()).isEqualTo("1 April 2023");
        assertThatThrownBy(() -> new ApproximateDate(java.time.LocalDate.of(2023, 4, 2), DatePrecision.YEAR))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_partner_id_is_read_from_a_uuid_only() {
        PartnerId id = PartnerId.random();
        assertThat(PartnerId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> PartnerId.parse("not-an-id")).isInstanceOf(InvalidValueException.class);
    }

    private static Partner partner() {
        return Partner.newPartner(PartnerId.random(), "Old Name Trust", PartnerKind.ACUTE_HOSPITAL_TRUST,
                List.of(new RecordedIdentifier(new OdsCode("RTX"), SOURCE)),
                Optional.of(URI.create("https://example.org")), "Runs hospitals");
    }
}
