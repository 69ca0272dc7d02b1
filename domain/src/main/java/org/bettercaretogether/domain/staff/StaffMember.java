package org.bettercaretogether.domain.staff;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Require;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A member of staff of one partner organisation who signs in to moderate, respond, run meetings or administer.
 * Their name and email address are personal data and never appear in logs or public pages.
 *
 * @param id                 stable identity, safe to log
 * @param email              how they sign in; unique among staff
 * @param name               how colleagues know them
 * @param partner            the organisation they work for; a responder answers for it alone
 * @param roles              what they may do
 * @param active             whether they may sign in at all
 * @param mustChangePassword whether their password was issued by someone else and must be replaced first
 * @param version            zero before it is stored, then counting up with each change
 */
public record StaffMember(StaffMemberId id, EmailAddress email, String name, PartnerId partner, Set<Role> roles,
                          boolean active, boolean mustChangePassword, long version) {

    public StaffMember {
        Require.present(id, "id");
        Require.present(email, "email");
        name = Require.text(name, "name", 200);
        Require.present(partner, "partner");
        Require.present(roles, "roles");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Require.version(version);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether this person must prove a second factor (a code from an authenticator app) to sign in: administrators
     * and moderators, who between them read every safeguarding concern and the public's original words. For anyone
     * else it is their choice.
     */
    public boolean needsSecondFactor() {
        return holds(Role.ADMIN) || holds(Role.MODERATOR);
    }

    /** The roles in a fixed order, for display. */
    public List<Role> rolesInOrder() {
        return roles.stream().sorted().toList();
    }

    public StaffMember withVersion(long storedVersion) {
        return new StaffMember(id, email, name, partner, roles, active, mustChangePassword, storedVersion);
    }

    public StaffMember withPasswordToChange(boolean mustChange) {
        return new StaffMember(id, email, name, partner, roles, active, mustChange, version);
    }

    /** Names no personal data, so that a record printed by mistake leaks nothing. */
    @Override
    public String toString() {
        return "StaffMember[id=" + id + ", partner=" + partner + ", roles=" + rolesInOrder() + ", active=" + active + "]";
    }
}
