package org.bettercaretogether.core;

import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.privacy.RetentionRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Removes, on a schedule while the service runs, what has been kept as long as the privacy notice says (see
 * {@link ApplyRetention}); every instance runs it, and the one that claims it first does the work. A run is logged by
 * how much it removed, never by what. Closing it lets a run under way finish (see {@link RepeatedWork}).
 */
public final class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private RetentionSchedule() {
    }

    public static RepeatedWork every(Duration interval, ApplyRetention retention) {
        return RepeatedWork.every(interval, "retention", "Removing what is kept past its time", stopping -> {
            RetentionRun run = retention.applyAll();
            if (run.total() > 0) {
                log.info("{} record(s) kept past their time removed; the audit log has them by kind", run.total());
            }
        });
    }
}
