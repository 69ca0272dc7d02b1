package org.bettercaretogether.domain.workstream;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkstreamTest {

    @Test
    void a_workstream_covers_at_least_one_care_setting() {
        assertThatThrownBy(() -> workstream(Set.of(), Optional.empty(), Set.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("careSettings");
    }

    @Test
    void the_lead_partner_is_not_listed_again_among_the_involved() {
        PartnerId lead = PartnerId.random();
        assertThatThrownBy(() -> workstream(Set.of(CareSetting.HOME), Optional.of(lead), Set.of(lead)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("involved");
    }

    @Test
    void care_settings_read_from_hospital_to_home_and_the_lead_comes_first() {
        PartnerId lead = PartnerId.random();
        PartnerId other = PartnerId.random();
        Workstream workstream = workstream(EnumSet.of(CareSetting.HOME, CareSetting.HOSPITAL), Optional.of(lead),
                Set.of(other));
        assertThat(workstream.careSettingsInOrder()).containsExactly(CareSetting.HOSPITAL, CareSetting.HOME);
        assertThat(workstream.allPartners()).containsExactly(lead, other);
    }

    private static Workstream workstream(Set<CareSetting> settings, Optional<PartnerId> lead, Set<PartnerId> involved) {
        return new Workstream(WorkstreamId.random(), new Slug("elective-care"), "Elective Care", "Planned care",
                settings, lead, involved, WorkstreamPhase.ENGAGEMENT, 0);
    }
}
