package org.bettercaretogether.web.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.staff.NewStaffMember;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * A staff account as administrators see it in the staff API ({@code /api/v1/staff/accounts}): who the person
 * is (their name and email address: personal data, answered only here), the organisation they work for, their
 * roles, whether they may sign in, whether they must still replace a password someone gave them, and the
 * {@code version} a change must quote. Never a password, except the one-time password in the one answer that
 * issues it ({@link WithPassword}).
 */
public record AccountJson(String id, String email, String name, MeJson.Partner partner, List<String> roles,
                          boolean active, boolean mustChangePassword, long version) {

    static final String API = StaffAccess.API + "/accounts";

    /** The roles as requests name them, in their fixed order. */
    static final String ROLE_NAMES = String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList());

    static AccountJson of(StaffMember member, Map<PartnerId, String> partnerNames) {
        return new AccountJson(member.id().toString(), member.email().value(), member.name(),
                new MeJson.Partner(member.partner().toString(), partnerNames.get(member.partner())),
                member.rolesInOrder().stream().map(Role::name).toList(), member.active(),
                member.mustChangePassword(), member.version());
    }

    /** Names no personal data, so that a view printed by mistake leaks nothing. */
    @Override
    public String toString() {
        return "AccountJson[" + id + "]";
    }

    /** An account with the one-time password just issued for it: answered once, never again. */
    public record WithPassword(String oneTimePassword, AccountJson account) {

        @Override
        public String toString() {
            return "WithPassword[" + account.id() + "]";
        }
    }

    /**
     * The body of {@code POST /api/v1/staff/accounts}, and what the new-account form sends: the email address,
     * the name, the partner's id and the role names ({@code MODERATOR}, {@code RESPONDER},
     * {@code ENGAGEMENT_OFFICER}, {@code ADMIN}).
     */
    public record NewAccount(String email, String name, String partner, List<String> roles) {

        /** The account to create, or the problems of each field. */
        Outcome<NewStaffMember> toNewMember(FieldChecks checks) {
            Optional<EmailAddress> address = Optional.empty();
            if (checks.required("email", email, "Enter the person's email address")) {
                address = checks.check("email", "Email address", () -> new EmailAddress(email));
            }
            checks.required("name", name, "Enter the person's name");
            Optional<PartnerId> organisation = partnerOf(checks, partner);
            Optional<Set<Role>> held = rolesOf(checks, roles);
            Optional<EmailAddress> finalAddress = address;
            return checks.outcome(() -> new NewStaffMember(finalAddress.orElseThrow(), name,
                    organisation.orElseThrow(), held.orElseThrow()));
        }

        @Override
        public String toString() {
            return "NewAccount[partner=" + partner + ", roles=" + roles + "]";
        }
    }

    /**
     * The body of {@code PUT /api/v1/staff/accounts/{id}}, and what the account form sends: the {@code version}
     * read, then the name, the partner's id, the role names (all of them: an empty list takes every role away)
     * and whether the account is active. The email address cannot be changed.
     */
    public record Revision(Long version, String name, String partner, List<String> roles, Boolean active) {

        /** {@code current} as revised, or the problems of each field. */
        Outcome<StaffMember> applyTo(StaffMember current, FieldChecks checks) {
            checks.version("version", version, "account");
            checks.required("name", name, "Enter the person's name");
            Optional<PartnerId> organisation = partnerOf(checks, partner);
            Optional<Set<Role>> held = rolesOf(checks, roles);
            checks.required("active", active, "Say whether the account is active (true or false)");
            return checks.outcome(() -> new StaffMember(current.id(), current.email(), name,
                    organisation.orElseThrow(), held.orElseThrow(), active, current.mustChangePassword(), version));
        }

        @Override
        public String toString() {
            return "Revision[version=" + version + ", partner=" + partner + ", roles=" + roles + "]";
        }
    }

    private static Optional<PartnerId> partnerOf(FieldChecks checks, String partner) {
        if (!checks.required("partner", partner, "Select the organisation the person works for")) {
            return Optional.empty();
        }
        return checks.check("partner", "Organisation", () -> PartnerId.parse(partner));
    }

    private static Optional<Set<Role>> rolesOf(FieldChecks checks, List<String> names) {
        if (!checks.required("roles", names, "List the person's roles, or none")) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
            if (role.isEmpty()) {
                checks.add("roles", "Roles must be chosen from " + ROLE_NAMES);
                return Optional.empty();
            }
            role.ifPresent(roles::add);
        }
        return Optional.of(roles);
    }
}
