package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.staff.AccountWithPassword;
import org.bettercaretogether.application.staff.ManageStaff;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Administrators manage staff accounts, as pages: {@code GET /staff/accounts}, every account;
 * {@code GET/POST /staff/accounts/new}, create one, answered with its one-time password, shown this once;
 * {@code GET/POST /staff/accounts/{id}}, change the name, organisation, roles and whether it is active (the form
 * carries the version it was read at, so a change made meanwhile by someone else is refused with 409 rather than
 * overwritten); {@code POST /staff/accounts/{id}/reset-password}, issue a new one-time password. The staff API does
 * the same in JSON ({@link AccountApiRoutes}).
 * {@link ManageStaff} decides who may (administrators); names and email addresses appear in these answers only,
 * never in a log line or an error message.
 */
record AccountRoutes(ManageStaff staff, BrowseDirectory directory) implements Routes {

    static final String PAGES = StaffSections.ACCOUNTS;
    private static final String SAVED = "saved";
    /** The roles an account may hold, as the form offers them. */
    private static final List<Choice> ROLES = Arrays.stream(Role.values())
            .map(role -> new Choice(role.name(), role.title() + ": " + role.description().toLowerCase()))
            .toList();

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/new", this::newForm);   // before /{id}, which would otherwise take "new"
        routes.post(PAGES + "/new", this::create);
        routes.get(PAGES + "/{id}", this::editForm);
        routes.post(PAGES + "/{id}", this::revise);
        routes.post(PAGES + "/{id}/reset-password", this::resetPassword);
    }

    private void listPage(Context ctx) {
        List<StaffMember> members = staff.list(StaffAccess.actor(ctx)).orElseThrow();
        Map<PartnerId, String> names = partnerNames(directory);
        List<AccountsPage.Row> rows = members.stream().map(member -> new AccountsPage.Row(
                PAGES + "/" + member.id(), member.name(), member.email().value(),
                names.getOrDefault(member.partner(), member.partner().toString()),
                member.roles().isEmpty() ? "None"
                        : Formats.list(member.rolesInOrder().stream().map(Role::title).toList()),
                member.active(), member.mustChangePassword())).toList();
        String saved = ctx.queryParam(SAVED);
        String notice = rows.stream().filter(row -> row.href().equals(PAGES + "/" + saved)).findFirst()
                .map(row -> "The account of " + row.name() + " has been changed.").orElse(null);
        ctx.render("staff/accounts.jte", Map.of("accounts", new AccountsPage(rows, notice)));
    }

    private void newForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        renderForm(ctx, null, AccountForm.empty(), FormErrors.none());
    }

    private void create(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        AccountForm form = AccountForm.read(ctx);
        StaffForms.answerWith(ctx, form.newAccount().toNewMember(new FieldChecks())
                        .flatMap(member -> staff.create(actor, member)),
                created -> oneTimePassword(ctx, OneTimePasswordPage.CREATED, created),
                refused -> renderForm(ctx, null, form,
                        FormErrors.onFields(refused, AccountForm.EMAIL).inOrder(AccountForm.FIELDS)),
                Rejection.Conflict.class);
    }

    private void editForm(Context ctx) {
        StaffMember member = staff.find(StaffAccess.actor(ctx), accountId(ctx)).orElseThrow();
        renderForm(ctx, member, AccountForm.of(member), FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.actor(ctx);
        StaffMember current = staff.find(actor, accountId(ctx)).orElseThrow();
        AccountForm form = AccountForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.revision(checks).applyTo(current, checks)
                        .flatMap(revised -> staff.revise(actor, revised)),
                revised -> PAGES + "?" + SAVED + "=" + revised.id(),
                refused -> renderForm(ctx, current, form, FormErrors.onFields(refused, AccountForm.VERSION)
                        .inOrder(AccountForm.FIELDS)), Rejection.Conflict.class);
    }

    private void resetPassword(Context ctx) {
        AccountWithPassword reset = staff.resetPassword(StaffAccess.actor(ctx), accountId(ctx)).orElseThrow();
        oneTimePassword(ctx, OneTimePasswordPage.RESET, reset);
    }

    private void renderForm(Context ctx, StaffMember member, AccountForm form, FormErrors errors) {
        List<Choice> partners = directory.partners().stream()
                .map(partner -> new Choice(partner.id().toString(), partner.name())).toList();
        ctx.render(member == null ? "staff/account-new.jte" : "staff/account.jte", Map.of("form", new AccountFormPage(
                member == null ? null : member.id().toString(), member == null ? null : member.email().value(),
                member != null && member.mustChangePassword(), form, partners, ROLES, errors)));
    }

    private static void oneTimePassword(Context ctx, String heading, AccountWithPassword account) {
        StaffMember member = account.member();
        ctx.render("staff/one-time-password.jte", Map.of("issued", new OneTimePasswordPage(heading, member.name(),
                member.email().value(), account.oneTimePassword(), PAGES + "/" + member.id())));
    }

    // --- parsing ---

    /** The names of the partners, by id. */
    static Map<PartnerId, String> partnerNames(BrowseDirectory directory) {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        for (Partner partner : directory.partners()) {
            names.put(partner.id(), partner.name());
        }
        return names;
    }

    static StaffMemberId accountId(Context ctx) {
        return StaffMemberId.parse(ctx.pathParam("id"));
    }
}
