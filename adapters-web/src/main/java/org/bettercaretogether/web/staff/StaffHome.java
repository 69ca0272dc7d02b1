package org.bettercaretogether.web.staff;

import java.util.List;

/**
 * The model of the staff home page: who is signed in, for which organisation, with which roles, and a notice
 * after a change ("Your password has been changed").
 */
public record StaffHome(String name, String organisation, List<RoleView> roles, String notice,
                        List<Link> links) {

    /** A role held, with what it lets the person do. */
    public record RoleView(String name, String title, String description) {
    }

    /** Somewhere the person can go from the home page. */
    public record Link(String href, String text) {
    }
}
