package org.bettercaretogether.application.staff;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.List;
import java.util.Optional;

/** The staff accounts, and the hash of each account's password. */
public interface StaffMembers {

    /** All accounts, by name. */
    List<StaffMember> all();

    Optional<StaffMember> find(StaffMemberId id);

    Optional<StaffMember> findByEmail(EmailAddress email);

    /** Stores a new account with its password's hash; it comes back at version 1. */
    StaffMember add(StaffMember member, PasswordHash password);

    /** Stores a change unless the account changed since it was read; empty if it did or does not exist. */
    Optional<StaffMember> update(StaffMember member);

    Optional<PasswordHash> password(StaffMemberId id);

    void changePassword(StaffMemberId id, PasswordHash password);
}
