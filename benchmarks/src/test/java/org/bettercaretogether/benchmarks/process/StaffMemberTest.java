package org.bettercaretogether.benchmarks.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffMemberTest {

    @Test
    void readsAStaffLineOfSampleData() {
        var member = StaffMember.parse("  ADMIN,MODERATOR   ada@sample.example.org   password: p4ss-w0rd!x   "
                + "token: bct_AbC-123_xyz  ").orElseThrow();

        assertThat(member.roles()).containsExactly("ADMIN", "MODERATOR");
        assertThat(member.email()).isEqualTo("ada@sample.example.org");
        assertThat(member.password()).isEqualTo("p4ss-w0rd!x");
        assertThat(member.token()).isEqualTo("bct_AbC-123_xyz");
        assertThat(member.holds("ADMIN")).isTrue();
        assertThat(member.holds("RESPONDER")).isFalse();
    }

    @Test
    void readsRolesWithUnderscores() {
        assertThat(StaffMember.parse("\tENGAGEMENT_OFFICER eve@example.org password: x token: y"))
                .hasValueSatisfying(member -> assertThat(member.roles()).isEqualTo(List.of("ENGAGEMENT_OFFICER")));
    }

    @Test
    void ignoresEveryOtherLine() {
        assertThat(StaffMember.parse("Loaded 10,000 views in 3.2 s")).isEmpty();
        assertThat(StaffMember.parse("ADMIN ada@example.org password: x token: y")).as("not indented").isEmpty();
        assertThat(StaffMember.parse("  admin ada@example.org password: x token: y")).as("lower case role").isEmpty();
        assertThat(StaffMember.parse("  ADMIN ada@example.org password: x")).as("no token").isEmpty();
    }

    @Test
    void neverShowsThePasswordOrTokenInItsName() {
        var member = StaffMember.parse("  ADMIN ada@example.org password: secret1 token: secret2").orElseThrow();

        assertThat(member.toString()).doesNotContain("secret1").doesNotContain("secret2");
    }
}
