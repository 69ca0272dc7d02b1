package org.bettercaretogether.application.mail;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPaceTest {

    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    /** A monotonic clock moved by hand, and by every wait. */
    private long now = 1_000 * MILLI;
    private final List<Long> waits = new ArrayList<>();

    private DeliveryPace pace(int perSecond) {
        return new DeliveryPace(perSecond, () -> now, nanos -> {
            waits.add(nanos);
            now += nanos;
        });
    }

    @Test
    void a_seconds_worth_goes_at_once_and_the_rest_at_the_steady_pace() throws InterruptedException {
        DeliveryPace twentyASecond = pace(20);

        for (int i = 0; i < 20; i++) {
            twentyASecond.awaitTurn();
        }
        assertThat(waits).isEmpty();

        twentyASecond.awaitTurn();
        twentyASecond.awaitTurn();
        assertThat(waits).containsExactly(50 * MILLI, 50 * MILLI);
    }

    @Test
    void a_pace_kept_below_the_limit_never_waits() throws InterruptedException {
        DeliveryPace twentyASecond = pace(20);

        for (int i = 0; i < 100; i++) {
            twentyASecond.awaitTurn();
            now += 60 * MILLI;
        }

        assertThat(waits).isEmpty();
    }

    @Test
    void a_long_pause_gives_back_no_more_than_a_seconds_worth() throws InterruptedException {
        DeliveryPace tenASecond = pace(10);
        for (int i = 0; i < 10; i++) {
            tenASecond.awaitTurn();
        }

        now += 60_000 * MILLI;
        for (int i = 0; i < 11; i++) {
            tenASecond.awaitTurn();
        }

        assertThat(waits).containsExactly(100 * MILLI);
    }

    @Test
    void an_interrupted_wait_counts_no_message_and_says_so() {
        DeliveryPace oneASecond = new DeliveryPace(1, () -> now, nanos -> {
            throw new InterruptedException();
        });

        assertThatThrownBy(() -> {
            oneASecond.awaitTurn();
            oneASecond.awaitTurn();
        }).isInstanceOf(InterruptedException.class);
    }

    @Test
    void refuses_a_pace_of_nothing() {
        assertThatThrownBy(() -> pace(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
