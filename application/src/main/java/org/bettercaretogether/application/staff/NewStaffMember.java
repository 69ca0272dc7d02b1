package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;

import java.util.Set;

/** An account to create: who, for which organisation, with which roles. */
public record NewStaffMember(EmailAddress email, String name, PartnerId partner, Set<Role> roles) {

    public NewStaffMember {
        Require.present(email, "email");
        name = Require.text(name, "name", 200);
        Require.present(partner, "partner");
        roles = Set.copyOf(Require.present(roles, "roles"));
    }

    @Override
    public String toString() {
        return "NewStaffMember[partner=" + partner + ", roles=" + roles + "]";
    }
}
