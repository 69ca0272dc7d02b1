package org.bettercaretogether.application.mail;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How fast one node hands messages to the mail server: up to {@code perSecond} at once, then one every
 * {@code 1/perSecond} of a second (a token bucket holding a second's worth). A mail relay takes only so many messages
 * a second from one sender and defers the rest, which would cost each deferred message a pause of a minute and more;
 * and while a burst of views is being received, the receipts wait their turn rather than take the node's processors
 * from the people still sending theirs. The outbox keeps what waits, so nothing is lost by waiting.
 *
 * <p>Used by one delivery run at a time (see {@link MailService}); not for sharing between threads.
 */
public final class DeliveryPace {

    /** Waits that long, in nanoseconds; interrupted, it throws. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final long nanosPerMessage;
    /** How far ahead of the steady pace a run may be: a second's worth of messages, less the one going now. */
    private final long aheadAllowed;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    /** When the next message would go at the steady pace, had every earlier one kept to it (GCRA's arrival time). */
    private long steadyTurn;

    /** Paced by the JVM's monotonic clock, waiting with {@link Thread#sleep}. */
    public DeliveryPace(int perSecond) {
        this(perSecond, System::nanoTime, nanos -> TimeUnit.NANOSECONDS.sleep(nanos));
    }

    public DeliveryPace(int perSecond, LongSupplier nanoTime, Sleeper sleeper) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("at least one message a second, was " + perSecond);
        }
        this.nanosPerMessage = SECOND / perSecond;
        this.aheadAllowed = SECOND - nanosPerMessage;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.steadyTurn = nanoTime.getAsLong();
    }

    /** Waits, if need be, until one more message may go, and counts it. */
    public void awaitTurn() throws InterruptedException {
        long now = nanoTime.getAsLong();
        long turn = Math.max(steadyTurn, now);
        long wait = turn - now - aheadAllowed;
        if (wait > 0) {
            sleeper.sleep(wait);
        }
        steadyTurn = turn + nanosPerMessage;
    }
}
