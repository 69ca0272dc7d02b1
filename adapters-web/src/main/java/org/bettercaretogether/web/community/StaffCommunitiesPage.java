package org.bettercaretogether.web.community;

import java.util.List;

/**
 * The model of {@code /staff/communities}: every current community, with a link to its staff page. A community merged
 * into another is no longer listed (its staff page stays at its address).
 */
public record StaffCommunitiesPage(List<Row> communities) {

    public static final String HEADING = "Communities";

    public StaffCommunitiesPage {
        communities = List.copyOf(communities);
    }

    /** One community: its name and staff page, its network and its stage ("Not recorded" without one). */
    public record Row(String name, String href, String network, String stage) {
    }
}
