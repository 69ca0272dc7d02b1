package org.bettercaretogether.domain.meeting;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.workstream.WorkstreamId;

/** Who holds a meeting: an Integrated Care Community, or the service review for one of its workstreams. */
public sealed interface MeetingHost {

    record Community(CommunityId community) implements MeetingHost {
        public Community {
            Require.present(community, "community");
        }
    }

    record Workstream(WorkstreamId workstream) implements MeetingHost {
        public Workstream {
            Require.present(workstream, "workstream");
        }
    }
}
