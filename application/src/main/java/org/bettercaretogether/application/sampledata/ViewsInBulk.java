package org.bettercaretogether.application.sampledata;

import java.util.Iterator;
import java.util.function.LongConsumer;

/**
 * Writes views many at a time, far faster than one by one: each view with its themes, its history and its links to
 * changes made. Writes join the caller's transaction.
 */
public interface ViewsInBulk {

    /** How many views are stored, whatever their origin. */
    long count();

    /**
     * Stores every view {@code views} gives, in order, as new views (at version 1, as {@code FeedbackLog.add} stores
     * one), with their themes, history and links to changes. The writer may read {@code views} on a thread of its own while
     * it writes what it read before, so the iterator must not use the caller's transaction. {@code written} hears,
     * on the caller's thread, how many views are written so far. {@code expected} is how many views {@code views}
     * gives (the writer may choose its way of writing by it; a wrong figure makes it slower, never wrong).
     */
    void write(Iterator<BulkView> views, long expected, LongConsumer written);

    /**
     * Every step that must follow views written in bulk before the service reads them: whatever is kept alongside the
     * views and was not written with them (such as their counts and the words search finds), and the statistics the
     * database plans its queries with. The one place such steps belong. Called once the views are committed, outside
     * any transaction.
     */
    void afterBulkLoad();

    /**
     * Makes what is kept alongside the views if a bulk load committed its views but stopped before
     * {@link #afterBulkLoad()} had made it; nothing otherwise. Called at the service's start.
     *
     * @return whether there was anything to make
     */
    boolean finishInterruptedLoad();
}
