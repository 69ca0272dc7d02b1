package org.bettercaretogether.web.community;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.web.platform.StaffDates;

/**
 * What the staff pages and the staff API of priorities both read: who may keep priorities, the priority an address
 * names with its community, and a community's address by its id.
 */
final class StaffPriorities {

    /** The field of a new rank, in the form and in the API. */
    static final String RANK = "rank";

    private final ReadPriorities read;
    private final BrowseDirectory directory;
    private final Clock clock;

    StaffPriorities(ReadPriorities read, BrowseDirectory directory, Clock clock) {
        this.read = read;
        this.directory = directory;
        this.clock = clock;
    }

    /** A priority with its community and how many priorities the community has. */
    record Located(CommunityProfile community, PriorityDetails view, int of) {
    }

    /**
     * The priority with this id, found among the communities' rankings: {@link ReadPriorities} reads a community at a
     * time, and no use case reads one priority by its id.
     */
    Located locate(PriorityId id) {
        for (CommunityProfile profile : directory.communities()) {
            List<PriorityDetails> ranked = read.ofCommunity(profile.community().slug()).orElseThrow();
            for (PriorityDetails view : ranked) {
                if (view.priority().id().equals(id)) {
                    return new Located(profile, view, ranked.size());
                }
            }
        }
        throw new RejectedException(new Rejection.NotFound("priority", id.toString()));
    }

    /**
     * The address of the community with this id, or null for one no longer in the directory (merged into another),
     * whose priorities are still kept.
     */
    String slugOf(CommunityId id) {
        return directory.communities().stream().map(CommunityProfile::community)
                .filter(community -> community.id().equals(id)).map(community -> community.slug().value())
                .findFirst().orElse(null);
    }

    /** Today, UK time. */
    LocalDate today() {
        return StaffDates.today(clock);
    }

    static PriorityId priorityId(Context ctx) {
        return PriorityId.parse(ctx.pathParam("id"));
    }
}
