package org.bettercaretogether.web.change;

import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.web.platform.ManagedList;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;

/**
 * The managed list of themes, which engagement officers and administrators keep as a page and in the staff API
 * ({@link ManagedList}):
 * <ul>
 *   <li>{@code GET /staff/themes}: every theme, and a form to add one ({@code POST /staff/themes});
 *       {@code POST /staff/themes/{id}}: take one out of use, or back into use (with the version it was read at:
 *       a theme changed meanwhile is refused with 409);</li>
 *   <li>{@code GET/POST /api/v1/staff/themes}, {@code PUT /api/v1/staff/themes/{id}}: the same in JSON.</li>
 * </ul>
 * A theme out of use stays on the views and changes already tagged with it, but is offered no more, and leaves the
 * public list ({@code /api/v1/themes}). {@link ManageThemes} decides who may, and refuses a name already taken.
 */
final class ThemeList {

    static final String PAGES = StaffAddresses.PAGES + "/themes";
    static final String API = StaffAddresses.API + "/themes";

    private ThemeList() {
    }

    static ManagedList<Theme, ThemeId> of(ManageThemes themes) {
        return new ManagedList<>(new ManagedList.Place(PAGES, API, "change/themes.jte"),
                new ManagedList.Wording("theme", "Themes",
                        "It stays on the views and changes already tagged with it.", false),
                StaffAccess::engagementOfficer,
                new ManagedList.Uses<>(themes::themes, themes::add, themes::setInUse, ThemeId::parse,
                        ThemeJson::of));
    }
}
