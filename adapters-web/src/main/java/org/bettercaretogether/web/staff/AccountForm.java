package org.bettercaretogether.web.staff;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of the account forms ({@code /staff/accounts/new} and {@code /staff/accounts/{id}}) as the person
 * sees them: filled from the account, or as they were typed when shown again with errors. The field ids are the
 * API's member names: {@code email}, {@code name}, {@code partner}, {@code roles}, {@code active} and the hidden
 * {@code version}.
 */
public record AccountForm(String email, String name, String partner, Set<String> roles, boolean active,
                          String version) {

    static final String EMAIL = "email";
    static final String NAME = "name";
    static final String PARTNER = "partner";
    static final String ROLES = "roles";
    static final String ACTIVE = "active";
    static final String VERSION = "version";
    /** The field ids, in the order the pages show them. */
    static final List<String> FIELDS = List.of(VERSION, EMAIL, NAME, PARTNER, ROLES, ACTIVE);

    public AccountForm {
        roles = Set.copyOf(roles);
    }

    static AccountForm empty() {
        return new AccountForm("", "", "", Set.of(), true, "");
    }

    static AccountForm of(StaffMember member) {
        return new AccountForm(member.email().value(), member.name(), member.partner().toString(),
                Set.copyOf(member.rolesInOrder().stream().map(Role::name).toList()), member.active(),
                Long.toString(member.version()));
    }

    static AccountForm read(Context ctx) {
        return new AccountForm(Requests.field(ctx, EMAIL), Requests.field(ctx, NAME), Requests.field(ctx, PARTNER),
                Set.copyOf(ctx.formParams(ROLES)), Requests.ticked(ctx, ACTIVE), Requests.field(ctx, VERSION));
    }

    AccountJson.NewAccount newAccount() {
        return new AccountJson.NewAccount(email, name, partner, List.copyOf(roles));
    }

    /** The revision the form asks for; a version that is not a number is a problem (the form was tampered with). */
    AccountJson.Revision revision(FieldChecks checks) {
        Long read = null;
        if (version.matches("[0-9]{1,18}")) {
            read = Long.parseLong(version);
        } else {
            checks.add(VERSION, "The form has no valid version of the account: reload the page and make your change again");
        }
        return new AccountJson.Revision(read, name, partner, List.copyOf(roles), active);
    }

    @Override
    public String toString() {
        return "AccountForm[partner=" + partner + ", roles=" + roles + "]";
    }
}
