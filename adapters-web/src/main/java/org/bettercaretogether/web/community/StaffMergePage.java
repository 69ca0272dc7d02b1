package org.bettercaretogether.web.community;

import org.bettercaretogether.web.platform.StaffDates;

/**
 * The model of the page that asks a member of staff to confirm a merger before it is recorded: the community, the one
 * it joins and from when, and the values the confirming form sends again.
 */
public record StaffMergePage(String community, String slug, String into, String intoName, String effectiveOn,
                             StaffDates typedOn) {

    public String heading() {
        return "Merge " + community + " into " + intoName + "?";
    }

    public String action() {
        return StaffCommunityRoutes.PAGES + "/" + slug + "/merge";
    }

    public String back() {
        return StaffCommunityRoutes.PAGES + "/" + slug;
    }
}
