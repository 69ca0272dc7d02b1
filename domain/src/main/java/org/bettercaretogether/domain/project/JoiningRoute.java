package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.shared.Require;

/**
 * How a person joins a project, and what they need to know to do it: the organiser's public telephone number, website
 * or address for enquiries; the professional who can refer them; or simply when to turn up.
 */
public record JoiningRoute(Way way, String details) {

    /** The ways into a project. */
    public enum Way {
        CONTACT("Contact the organiser"),
        REFERRAL("By referral from a GP or another professional"),
        DROP_IN("Drop in: no need to book");

        private final String title;

        Way(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public JoiningRoute {
        Require.present(way, "joinBy");
        details = Require.text(details, "joinDetails", 500);
    }
}
