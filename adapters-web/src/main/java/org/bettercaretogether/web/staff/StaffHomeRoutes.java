package org.bettercaretogether.web.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.security.SignedInStaff;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.staff.StaffMember;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;

/** Who is signed in: the staff home page {@code GET /staff}; the staff API answers {@link StaffHomeApiRoutes}. */
record StaffHomeRoutes(BrowseDirectory directory) implements Routes {

    static final String PASSWORD_CHANGED = "password-changed";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(StaffAccess.PAGES, this::home);
    }

    private void home(Context ctx) {
        SignedInStaff staff = StaffAccess.staff(ctx);
        StaffMember member = staff.member();
        String organisation = partnerName(directory, member.partner()).orElse(member.partner().toString());
        List<StaffHome.RoleView> roles = member.rolesInOrder().stream()
                .map(role -> new StaffHome.RoleView(role.name(), role.title(), role.description())).toList();
        List<StaffHome.Link> links = new ArrayList<>();
        links.add(new StaffHome.Link(StaffSections.TOKENS, "Create and revoke your API tokens"));
        links.add(new StaffHome.Link(StaffAccess.PASSWORD, "Change your password"));
        if (member.holds(Role.ADMIN)) {
            links.add(new StaffHome.Link(StaffSections.ACCOUNTS, "Manage staff accounts"));
            links.add(new StaffHome.Link(StaffSections.AUDIT_LOG, "Read the audit log"));
            links.add(new StaffHome.Link(StaffSections.REFERENCE_DATA, "Correct the reference data"));
        }
        String notice = ctx.queryParamMap().containsKey(PASSWORD_CHANGED) ? "Your password has been changed." : null;
        ctx.render("staff/home.jte", Map.of("home", new StaffHome(member.name(), organisation, roles, notice, links)));
    }

    /** The name of the partner with {@code id}, if the directory still has it. */
    static Optional<String> partnerName(BrowseDirectory directory, PartnerId id) {
        return switch (directory.partner(id)) {
            case Outcome.Done<Partner>(Partner partner) -> Optional.of(partner.name());
            case Outcome.Rejected<Partner> ignored -> Optional.empty();
        };
    }
}
