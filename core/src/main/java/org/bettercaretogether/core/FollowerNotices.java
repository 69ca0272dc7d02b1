package org.bettercaretogether.core;

import org.bettercaretogether.application.follow.NotifyFollowers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Writes, on a schedule while the service runs, the notices due to the followers of consultations and the weekly
 * digests due to the followers of communities and workstreams (see {@link NotifyFollowers}); every instance runs it,
 * and each is written once whichever finds it first. A run is logged by how many mails it wrote, never to whom.
 * Closing it lets a run under way finish (see {@link RepeatedWork}).
 */
public final class FollowerNotices {

    private static final Logger log = LoggerFactory.getLogger(FollowerNotices.class);

    private FollowerNotices() {
    }

    public static RepeatedWork every(Duration interval, NotifyFollowers notices) {
        return RepeatedWork.every(interval, "follower-notices", "Writing the notices to followers", stopping -> {
            int written = notices.notifyDue() + notices.digestDue();
            if (written > 0) {
                log.info("{} notice(s) to followers written to the outbox", written);
            }
        });
    }
}
