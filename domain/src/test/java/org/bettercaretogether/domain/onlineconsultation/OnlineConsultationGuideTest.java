package org.bettercaretogether.domain.onlineconsultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnlineConsultationGuideTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://www.nhs.uk/", "https://example.org/nhs.uk", "https://nhs.uk.example.org/",
            "https://fakenhs.uk/", "not an address", "https://"})
    void an_address_that_is_not_an_https_one_on_nhs_uk_is_refused(String address) {
        assertThatThrownBy(() -> OnlineConsultationGuide.nhsService(address))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.nhs.uk/nhs-services/gps/using-online-services/", "https://nhs.uk/",
            "https://111.nhs.uk/"})
    void an_https_address_on_nhs_uk_is_taken(String address) {
        assertThat(OnlineConsultationGuide.nhsService(address).toString()).isEqualTo(address);
    }

    @Test
    void the_explanation_is_read_in_paragraphs_whatever_line_ends_were_typed() {
        OnlineConsultationGuide guide = new OnlineConsultationGuide(CommunityId.random(),
                "Ask online.\r\nIt is quick.\r\n\r\nVideo calls too.", OnlineConsultationGuide.nhsService(
                "https://www.nhs.uk/"), Instant.parse("2026-03-02T09:00:00Z"), 0);

        assertThat(guide.paragraphs()).containsExactly("Ask online. It is quick.", "Video calls too.");
    }
}
