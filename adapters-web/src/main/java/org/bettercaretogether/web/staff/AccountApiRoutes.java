package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.web.platform.Items;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffApi;

import static org.bettercaretogether.web.staff.AccountRoutes.accountId;
import static org.bettercaretogether.web.staff.AccountRoutes.partnerNames;

/**
 * Administrators manage staff accounts in the staff API, as on the pages ({@link AccountRoutes}):
 * {@code GET/POST /api/v1/staff/accounts}, {@code GET/PUT /api/v1/staff/accounts/{id}} and
 * {@code POST /api/v1/staff/accounts/{id}/password-reset}. A new account and a reset answer the one-time password,
 * this once. {@link ManageStaff} decides who may (administrators); names and email addresses appear in these answers
 * only, never in a log line or an error message.
 */
record AccountApiRoutes(ManageStaff staff, BrowseDirectory directory) implements Routes {

    static final String API = AccountJson.API;

    @Override
    public void register(RoutesConfig routes) {
        routes.get(API, this::list);
        routes.post(API, this::createFromJson);
        routes.get(API + "/{id}", this::one);
        routes.put(API + "/{id}", this::reviseFromJson);
        routes.post(API + "/{id}/password-reset", this::resetPasswordFromJson);
    }

    private void list(Context ctx) {
        Map<PartnerId, String> names = partnerNames(directory);
        ctx.json(Items.of(staff.list(StaffAccess.actor(ctx)).orElseThrow(), member -> AccountJson.of(member, names)));
    }

    private void createFromJson(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        AccountWithPassword created = StaffApi.changed(ctx, AccountJson.NewAccount.class,
                (request, checks) -> request.toNewMember(checks).flatMap(member -> staff.create(actor, member)));
        StaffApi.created(ctx, API + "/" + created.member().id(), withPassword(created));
    }

    private void one(Context ctx) {
        StaffMember member = staff.find(StaffAccess.actor(ctx), accountId(ctx)).orElseThrow();
        ctx.json(AccountJson.of(member, partnerNames(directory)));
    }

    private void reviseFromJson(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        StaffMember current = staff.find(actor, accountId(ctx)).orElseThrow();
        StaffMember revised = StaffApi.changed(ctx, AccountJson.Revision.class,
                (request, checks) -> request.applyTo(current, checks).flatMap(member -> staff.revise(actor, member)));
        ctx.json(AccountJson.of(revised, partnerNames(directory)));
    }

    private void resetPasswordFromJson(Context ctx) {
        ctx.json(withPassword(staff.resetPassword(StaffAccess.actor(ctx), accountId(ctx)).orElseThrow()));
    }

    private AccountJson.WithPassword withPassword(AccountWithPassword account) {
        return new AccountJson.WithPassword(account.oneTimePassword(),
                AccountJson.of(account.member(), partnerNames(directory)));
    }
}
