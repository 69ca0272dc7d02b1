package org.bettercaretogether.application.shared;

import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.Set;

/**
 * The signed-in member of staff on whose behalf a use case runs: who they are, which organisation they work
 * for, and what they may do. Adapters obtain it from
 * {@link org.bettercaretogether.application.security.Authenticate Authenticate} and pass it to every staff use case.
 */
public record Actor(StaffMemberId id, PartnerId partner, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public static Actor of(StaffMember member) {
        return new Actor(member.id(), member.partner(), member.roles());
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
