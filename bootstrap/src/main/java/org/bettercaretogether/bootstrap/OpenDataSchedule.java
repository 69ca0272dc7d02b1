package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.opendata.PublishOpenData;
import org.bettercaretogether.core.RepeatedWork;
import org.bettercaretogether.web.opendata.OpenDataShelf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;

/**
 * Keeps this node's open data at most a day old while the service runs: at start, and every hour after, it makes a new
 * edition if the newest is older than a day (or there is none). It runs on a thread of its own, reading through one
 * connection of the pool, so requests go on being answered meanwhile, the downloads among them from the edition before.
 */
final class OpenDataSchedule {

    /** The oldest an edition may be before another is made. */
    static final Duration EDITION_LIFETIME = Duration.ofDays(1);
    private static final Duration CHECK_EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(OpenDataSchedule.class);

    private OpenDataSchedule() {
    }

    static RepeatedWork start(OpenDataShelf shelf, PublishOpenData publish, Clock clock) {
        return RepeatedWork.every(Duration.ZERO, CHECK_EVERY, "open-data", "Making the open data", stopping -> {
            boolean due = shelf.newest()
                    .map(edition -> edition.dataAsOf().plus(EDITION_LIFETIME).isBefore(clock.instant()))
                    .orElse(true);
            if (due && !stopping.getAsBoolean()) {
                long started = System.nanoTime();
                OpenDataShelf.Edition edition = shelf.refresh(publish);
                log.info("Open data of {} made in {} ms", edition.dataAsOf(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
        });
    }
}
