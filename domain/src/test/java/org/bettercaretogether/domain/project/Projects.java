package org.bettercaretogether.domain.project;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Venue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Details of a falls-prevention class in Kendal, for tests to start from. */
final class Projects {

    static final CommunityId KENDAL = CommunityId.random();

    private Projects() {
    }

    static ProjectDetails fallsClass() {
        return new ProjectDetails("Steady Steps", "A gentle exercise class for strength and balance.",
                "Anyone over 65 who has had a fall or fears one.", ProjectCategory.FALLS_PREVENTION,
                new Organiser(Organiser.Kind.VOLUNTARY_ORGANISATION, "Kent Valley Age Friends"), Set.of(KENDAL),
                Optional.of(new Venue("Castle Street Hall", "Castle Street, Kendal", Set.of(AccessFeature.STEP_FREE),
                        Optional.empty())), false,
                List.of(new Session(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))), Optional.empty(),
                new JoiningRoute(JoiningRoute.Way.DROP_IN, "Come along ten minutes early."), Cost.nothing());
    }
}
