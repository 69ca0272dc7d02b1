package org.bettercaretogether.core;

import org.bettercaretogether.application.privacy.ApplyRetention;
import org.bettercaretogether.application.privacy.RetentionRun;
import org.bettercaretogether.memory.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention runs again and again while the service runs, a failed run does not stop it, and closing stops it. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RetentionScheduleTest {

    @Test
    void runs_at_each_interval_goes_on_after_a_failed_run_and_runs_no_more_once_closed() {
        AtomicInteger runs = new AtomicInteger();
        ApplyRetention failingOnce = () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails");
            }
            return new RetentionRun(true, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        };

        RepeatedWork schedule = RetentionSchedule.every(Duration.ofMillis(10), failingOnce);
        Eventually.until("three runs", Duration.ofSeconds(10), () -> runs.get() >= 3);
        schedule.close();
        int whenClosed = runs.get();

        assertThat(whenClosed).isGreaterThanOrEqualTo(3);
        assertThat(runs).as("closing waits for the run under way and starts none after it").hasValue(whenClosed);
    }
}
