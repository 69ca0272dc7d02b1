package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.Require;

/** Who runs a project: one of the programme's partners, a voluntary organisation or a community group, by name. */
public record Organiser(Kind kind, String name) {

    /** The kinds of body that run community projects. */
    public enum Kind {
        PARTNER("A partner of Better Care Together"),
        VOLUNTARY_ORGANISATION("A voluntary organisation or charity"),
        COMMUNITY_GROUP("A community group");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Organiser {
        Require.present(kind, "organiserKind");
        name = Require.text(name, "organiser", 200);
    }
}
