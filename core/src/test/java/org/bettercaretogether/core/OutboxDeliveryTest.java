package org.bettercaretogether.core;

import org.bettercaretogether.application.mail.DeliverMail;
import org.bettercaretogether.memory.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery of mail stops between two deliveries: the one under way finishes, and no other starts. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OutboxDeliveryTest {

    @Test
    void closing_lets_the_delivery_under_way_finish_and_starts_no_other_though_more_is_due() throws Exception {
        CountDownLatch underWay = new CountDownLatch(1);
        CountDownLatch letItFinish = new CountDownLatch(1);
        AtomicInteger deliveries = new AtomicInteger();
        DeliverMail alwaysMoreDue = limit -> {
            if (deliveries.incrementAndGet() == 1) {
                underWay.countDown();
                awaitQuietly(letItFinish);
            }
            return limit; // as many as asked: more are due
        };
        RepeatedWork delivery = OutboxDelivery.every(Duration.ofMillis(10), alwaysMoreDue);
        assertThat(underWay.await(10, TimeUnit.SECONDS)).as("a delivery began").isTrue();

        Thread closing = Thread.ofPlatform().start(delivery::close);
        Eventually.until("the close waits for the delivery under way", Duration.ofSeconds(10),
                () -> closing.getState() == Thread.State.TIMED_WAITING);
        assertThat(closing.isAlive()).as("the close waits").isTrue();

        letItFinish.countDown();
        closing.join(Duration.ofSeconds(15));

        assertThat(closing.isAlive()).as("the close has finished").isFalse();
        assertThat(deliveries).as("deliveries made").hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
