package org.bettercaretogether.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Deque;

/** Stops what was started, in the reverse order of its start. */
public final class Closing {

    private static final Logger log = LoggerFactory.getLogger(Closing.class);

    private Closing() {
    }

    /**
     * Closes what was started, last first, logging (and going on past) any that fails to close; one caller at a time,
     * so that a second waits for the first to finish and then finds nothing left.
     */
    public static void all(Deque<AutoCloseable> started) {
        synchronized (started) {
            while (!started.isEmpty()) {
                AutoCloseable next = started.pop();
                try {
                    next.close();
                } catch (Exception failure) {
                    log.warn("{} did not close cleanly", next.getClass().getSimpleName(), failure);
                }
            }
        }
    }
}
