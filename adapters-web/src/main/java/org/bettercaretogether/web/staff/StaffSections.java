package org.bettercaretogether.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bettercaretogether.application.security.SignedInStaff;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.PageContext;

/**
 * The sections of the staff side, as the staff navigation lists them: each with its address and, where only
 * some roles may use it, the role it needs. The navigation only shows what the person may use; the application
 * still decides, whatever the navigation shows. A new staff section is one more line here.
 */
final class StaffSections {

    static final String HOME = StaffAccess.PAGES;
    static final String TOKENS = StaffAccess.PAGES + "/tokens";
    static final String ACCOUNTS = StaffAccess.PAGES + "/accounts";
    static final String AUDIT_LOG = StaffAccess.PAGES + "/audit-log";
    static final String REFERENCE_DATA = StaffAccess.PAGES + "/reference-data";

    private record Section(String href, String text, Optional<Role> needs) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(HOME, "Staff home", Optional.empty()),
            new Section(TOKENS, "My API tokens", Optional.empty()),
            new Section(ACCOUNTS, "Accounts", Optional.of(Role.ADMIN)),
            new Section(AUDIT_LOG, "Audit log", Optional.of(Role.ADMIN)),
            new Section(REFERENCE_DATA, "Reference data", Optional.of(Role.ADMIN)));

    private StaffSections() {
    }

    /** The sections {@code staff} may use; none but signing out while they must change their password. */
    static PageContext.StaffNavigation navigation(SignedInStaff staff) {
        List<PageContext.Section> sections = new ArrayList<>();
        if (!staff.mustChangePassword()) {
            for (Section section : SECTIONS) {
                if (section.needs().map(staff.member()::holds).orElse(true)) {
                    sections.add(new PageContext.Section(section.href(), section.text()));
                }
            }
        }
        return new PageContext.StaffNavigation(staff.member().name(), sections, staff.csrfToken());
    }
}
