package org.bettercaretogether.persistence;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the threads HikariCP works on (the one that opens connections, the one that closes them, its housekeeper), so
 * that they can be woken.
 *
 * <p>Why: when opening a connection fails, HikariCP's opener sleeps before the next try, twice as long each time up to
 * five seconds. After an outage the database may be back for seconds before the opener wakes, and meanwhile every
 * request waits for a connection in vain. Interrupting the opener ends its sleep and its round of tries (HikariCP ends a
 * round when its thread is interrupted); the next caller waiting for a connection starts a new round at once. The
 * other threads, woken, carry on with what they were doing.
 */
final class PoolThreads implements ThreadFactory {

    private final String name;
    private final AtomicInteger made = new AtomicInteger();
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();

    PoolThreads(String name) {
        this.name = name;
    }

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = Thread.ofPlatform().name(name + "-" + made.incrementAndGet()).daemon(true).unstarted(() -> {
            try {
                work.run();
            } finally {
                running.remove(Thread.currentThread());
            }
        });
        running.add(thread);
        return thread;
    }

    /** Interrupts every thread made here that still runs. */
    void wake() {
        running.forEach(Thread::interrupt);
    }
}
