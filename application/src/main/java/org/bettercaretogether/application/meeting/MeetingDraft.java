package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.Slug;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A meeting as staff describe it: held by a community or for a workstream (by slug, one of the two), its title and
 * purpose, its start and end in UK local time, where it is (a venue, an online link or both) and its places.
 */
public record MeetingDraft(Optional<Slug> community, Optional<Slug> workstream, String title, String purpose,
                           LocalDateTime start, LocalDateTime end, Optional<Venue> venue, Optional<URI> onlineLink,
                           int capacity) {

    public MeetingDraft {
        Require.present(community, "community");
        Require.present(workstream, "workstream");
        if (community.isPresent() == workstream.isPresent()) {
            throw new InvalidValueException("community", "or a workstream must hold the meeting: choose one");
        }
        title = Require.text(title, "title", 200);
        purpose = Require.text(purpose, "purpose", 5_000);
        Require.present(start, "start");
        Require.present(end, "end");
        Require.present(venue, "venue");
        Require.present(onlineLink, "onlineLink");
    }
}
