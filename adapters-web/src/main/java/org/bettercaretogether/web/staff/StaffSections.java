package org.bettercaretogether.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bettercaretogether.application.security.SignedInStaff;
import org.bettercaretogether.application.staff.SessionStage;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.PageContext;
import org.bettercaretogether.web.platform.StaffAccess;

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
    static final String UNDELIVERED_MAIL = StaffAccess.PAGES + "/undelivered-mail";
    static final String REFERENCE_DATA = StaffAccess.PAGES + "/reference-data";
    static final String MODERATION_QUEUE = StaffAccess.PAGES + "/feedback";
    static final String AWAITING_ANSWER = StaffAccess.PAGES + "/feedback/awaiting-answer";
    static final String ENTER_A_VIEW = StaffAccess.PAGES + "/feedback/new";
    static final String SAFEGUARDING = StaffAccess.PAGES + "/feedback/safeguarding";
    static final String ERASURE = StaffAccess.PAGES + "/erasure";
    static final String SUBJECT_ACCESS = StaffAccess.PAGES + "/subject-access";
    static final String CHANGES_MADE = StaffAccess.PAGES + "/changes";
    static final String THEMES = StaffAccess.PAGES + "/themes";
    static final String COMMUNITIES = StaffAccess.PAGES + "/communities";
    static final String MEETINGS = StaffAccess.PAGES + "/meetings";
    static final String PROFESSIONS = StaffAccess.PAGES + "/professions";
    static final String KEY_QUESTIONS = StaffAccess.PAGES + "/key-questions";
    static final String PROJECTS = StaffAccess.PAGES + "/projects";
    static final String ONLINE_CONSULTATIONS = StaffAccess.PAGES + "/online-consultations";
    static final String CONSULTATIONS = StaffAccess.PAGES + "/consultations";

    /** A section, shown to holders of any of {@code needs} (to everyone when it is empty). */
    private record Section(String href, String text, Set<Role> needs) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(HOME, "Staff home", Set.of()),
            new Section(MODERATION_QUEUE, "Moderation queue", Set.of(Role.MODERATOR, Role.ADMIN)),
            new Section(AWAITING_ANSWER, "Awaiting an answer",
                    Set.of(Role.RESPONDER, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(ENTER_A_VIEW, "Enter a view", Set.of(Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(SAFEGUARDING, "Safeguarding concerns", Set.of(Role.ADMIN)),
            new Section(CONSULTATIONS, "Consultations", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(CHANGES_MADE, "Changes made", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(THEMES, "Themes", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(COMMUNITIES, "Communities: priorities, teams, history",
                    Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(MEETINGS, "Meetings", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(PROFESSIONS, "Professions", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(KEY_QUESTIONS, "Key questions", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(PROJECTS, "Community projects", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(ONLINE_CONSULTATIONS, "Online consultations", Set.of(Role.ENGAGEMENT_OFFICER, Role.ADMIN)),
            new Section(TOKENS, "My API tokens", Set.of()),
            new Section(ACCOUNTS, "Accounts", Set.of(Role.ADMIN)),
            new Section(ERASURE, "Erasure requests", Set.of(Role.ADMIN)),
            new Section(SUBJECT_ACCESS, "Requests for a copy of personal data", Set.of(Role.ADMIN)),
            new Section(AUDIT_LOG, "Audit log", Set.of(Role.ADMIN)),
            new Section(UNDELIVERED_MAIL, "Undelivered mail", Set.of(Role.ADMIN)),
            new Section(REFERENCE_DATA, "Reference data", Set.of(Role.ADMIN)));

    private StaffSections() {
    }

    /** The sections {@code staff} may use; none but signing out while they must change their password. */
    static PageContext.StaffNavigation navigation(SignedInStaff staff) {
        List<PageContext.Section> sections = new ArrayList<>();
        // Until the password is their own and the second factor proved or set up, the one page open is shown alone.
        if (!staff.mustChangePassword() && staff.stage() == SessionStage.COMPLETE) {
            for (Section section : SECTIONS) {
                if (section.needs().isEmpty() || section.needs().stream().anyMatch(staff.member()::holds)) {
                    sections.add(new PageContext.Section(section.href(), section.text()));
                }
            }
        }
        return new PageContext.StaffNavigation(staff.member().name(), sections, staff.csrfToken());
    }
}
