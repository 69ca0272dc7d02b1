package org.bettercaretogether.persistence.staff;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.staff.SecondFactors;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.persistence.PostgresAdapters;
import org.bettercaretogether.persistence.SchemaMigrations;
import org.bettercaretogether.persistence.StaffFixtures;
import org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension;
import org.bettercaretogether.persistence.testing.MigratedSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(EmbeddedPostgresExtension.class)
@MigratedSchema
class SecondFactorsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00.654321Z");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static SecondFactors factors;
    private static StaffMemberId amina;
    private static StaffMemberId ben;

    @BeforeAll
    static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource);
        PostgresAdapters postgres = new PostgresAdapters(dataSource);
        factors = postgres.port(SecondFactors.class);
        StaffFixtures.AminaAndBen staff = StaffFixtures.aminaAndBen(postgres);
        amina = staff.amina();
        ben = staff.ben();
    }

    @Test
    void a_secret_is_confirmed_by_its_first_accepted_step_and_no_step_is_accepted_twice() {
        factors.begin(amina, SECRET);
        assertThat(factors.find(amina)).hasValueSatisfying(found -> assertThat(found.confirmed()).isFalse());

        boolean first = factors.accept(amina, 1_000, MONDAY);
        boolean again = factors.accept(amina, 1_000, MONDAY.plusSeconds(1));
        boolean earlier = factors.accept(amina, 999, MONDAY.plusSeconds(1));
        boolean later = factors.accept(amina, 1_001, MONDAY.plusSeconds(30));
        factors.begin(amina, "AAAAAAAAAAAAAAAA");

        assertThat(List.of(first, again, earlier, later)).containsExactly(true, false, false, true);
        assertThat(factors.find(amina)).hasValueSatisfying(found -> {
            assertThat(found.confirmedAt()).contains(MONDAY);
            assertThat(found.secret()).as("a confirmed secret is not replaced by beginning again").isEqualTo(SECRET);
        });
    }

    @Test
    void a_recovery_code_is_used_once_and_only_by_its_owner() {
        String code = Secrets.sha256("abcdefghjkmnpqrs");
        factors.replaceRecoveryCodes(ben, List.of(code, Secrets.sha256("another code of ben")));

        boolean byAmina = factors.useRecoveryCode(amina, code, MONDAY);
        boolean byBen = factors.useRecoveryCode(ben, code, MONDAY);
        boolean again = factors.useRecoveryCode(ben, code, MONDAY);

        assertThat(List.of(byAmina, byBen, again)).containsExactly(false, true, false);
        assertThat(factors.recoveryCodesLeft(ben)).isEqualTo(1);
        factors.remove(ben);
        assertThat(factors.recoveryCodesLeft(ben)).isZero();
    }
}
