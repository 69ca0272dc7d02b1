package org.bettercaretogether.application.staff;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.List;

/**
 * Administer staff accounts (administrators only): list them, create one with a one-time password, change
 * someone's name, organisation, roles or whether they may sign in, and issue a new one-time password. An
 * administrator cannot take away their own administrator role or switch off their own account, so the service
 * is never left without one by accident.
 */
public interface ManageStaff {

    Outcome<List<StaffMember>> list(Actor actor);

    Outcome<StaffMember> find(Actor actor, StaffMemberId id);

    Outcome<AccountWithPassword> create(Actor actor, NewStaffMember member);

    /** Applies the revised name, partner, roles and active flag; the email address does not change. */
    Outcome<StaffMember> revise(Actor actor, StaffMember revised);

    /** Issues a new one-time password and ends the person's sessions. */
    Outcome<AccountWithPassword> resetPassword(Actor actor, StaffMemberId id);
}
