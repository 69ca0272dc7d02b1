package org.bettercaretogether.web.team;

import org.bettercaretogether.application.team.ManageTeams;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.web.platform.ManagedList;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * The managed list of professions the teams are made of, which engagement officers and administrators keep as a page
 * and in the staff API ({@link ManagedList}):
 * <ul>
 *   <li>{@code GET /staff/professions}: every profession, and a form to add one ({@code POST /staff/professions});
 *       {@code POST /staff/professions/{id}}: take one out of use, or back into use, quoting the version it was read
 *       at (a profession changed meanwhile is refused with 409);</li>
 *   <li>{@code GET/POST /api/v1/staff/professions}, {@code PUT /api/v1/staff/professions/{id}}: the same in JSON.</li>
 * </ul>
 * A profession out of use stays on the teams that have it, but is offered no more for new lines. A name is checked
 * here before the use case, and its problems are worded "The name ...", as on the rest of community life's pages.
 */
final class ProfessionList {

    static final String PAGES = StaffAddresses.PAGES + "/professions";
    static final String API = StaffAddresses.API + "/professions";

    private ProfessionList() {
    }

    static ManagedList<Profession, ProfessionId> of(ManageTeams teams, ReadTeams read) {
        return new ManagedList<>(new ManagedList.Place(PAGES, API, "staff-life/professions.jte"),
                new ManagedList.Wording("profession", "Professions", "It stays on the teams that have it.", true),
                StaffAccess::engagementOfficer,
                new ManagedList.Uses<>(read::professions, teams::addProfession, teams::setProfessionInUse,
                        ProfessionId::parse, StaffProfessionJson::of));
    }
}
