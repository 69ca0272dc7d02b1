package org.bettercaretogether.web.team;

import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.web.platform.ManagedList;

/**
 * A profession of the managed list as the staff API answers it: its id, name, whether it is offered for new lines
 * ({@code inUse}) and the {@code version} a change must quote. The API's requests are
 * {@link ManagedList.New} and {@link ManagedList.Revision}.
 */
public record StaffProfessionJson(String id, String name, boolean inUse, long version)
        implements ManagedList.View {

    static StaffProfessionJson of(Profession profession) {
        return new StaffProfessionJson(profession.id().toString(), profession.name(), profession.inUse(),
                profession.version());
    }
}
