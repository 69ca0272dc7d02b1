package org.bettercaretogether.domain.team;

import org.bettercaretogether.domain.shared.Require;

/**
 * A profession from the managed list (district nurse, GP, social worker…). One no longer in use stays on the teams
 * that have it but is offered no more.
 */
public record Profession(ProfessionId id, String name, boolean inUse, long version) {

    public Profession {
        Require.present(id, "professionId");
        name = Require.text(name, "name", 100);
        Require.version(version);
    }

    public Profession withVersion(long newVersion) {
        return new Profession(id, name, inUse, newVersion);
    }
}
