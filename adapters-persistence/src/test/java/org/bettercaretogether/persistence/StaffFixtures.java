package org.bettercaretogether.persistence;

import org.bettercaretogether.application.staff.StaffMembers;
import org.bettercaretogether.application.partner.Partners;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.PartnerKind;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff members stored through the adapters, for tests of what staff own or do (sessions, API tokens, the audit log):
 * Amina and Ben, both of the Bay Health Trust.
 */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    /** Amina and Ben as stored; each call stores them anew, in a trust of their own. */
    public record AminaAndBen(StaffMemberId amina, StaffMemberId ben) {
    }

    /** Stores the Bay Health Trust with Amina, a moderator, and Ben, an administrator, on its staff. */
    public static AminaAndBen aminaAndBen(PostgresAdapters postgres) {
        PartnerId trust = trust(postgres);
        StaffMemberId amina = amina(postgres, trust, Role.MODERATOR);
        StaffMemberId ben = postgres.port(StaffMembers.class).add(new StaffMember(StaffMemberId.random(),
                new EmailAddress("ben@bay.nhs.uk"), "Ben", trust, Set.of(Role.ADMIN), true, false, 0),
                PostgresAdapters.passwordHasher().hash("another password")).id();
        return new AminaAndBen(amina, ben);
    }

    /** Stores the Bay Health Trust with Amina, in the given role, on its staff. */
    public static StaffMemberId amina(PostgresAdapters postgres, Role role) {
        return amina(postgres, trust(postgres), role);
    }

    private static PartnerId trust(PostgresAdapters postgres) {
        return postgres.port(Partners.class).add(Partner.newPartner(PartnerId.random(), "Bay Health Trust",
                PartnerKind.ACUTE_HOSPITAL_TRUST, List.of(), Optional.empty(), "Hospitals")).id();
    }

    private static StaffMemberId amina(PostgresAdapters postgres, PartnerId trust, Role role) {
        return postgres.port(StaffMembers.class).add(new StaffMember(StaffMemberId.random(),
                new EmailAddress("amina@bay.nhs.uk"), "Amina", trust, Set.of(role), true, false, 0),
                PostgresAdapters.passwordHasher().hash("a password")).id();
    }
}
