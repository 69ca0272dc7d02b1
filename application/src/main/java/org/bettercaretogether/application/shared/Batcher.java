package org.bettercaretogether.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Serves callers who arrive at the same moment with one run of the work for all of them: one transaction and a few
 * statements for twenty views instead of twenty transactions. A caller waits for the run that holds its item, and
 * gets its own answer or its own exception.
 *
 * <p>Runs happen one at a time: while one runs, the callers arriving queue, and the first of them to get its turn
 * runs the next batch for everyone waiting (up to {@code maximum}). A lone caller is served at once, alone, so nobody
 * waits for a batch to fill. When a run fails, each of its items is run again alone, so that one bad item costs the
 * others nothing and each caller sees the failure of its own item only.
 *
 * @param <I> what a caller brings
 * @param <O> what a caller gets back
 */
public final class Batcher<I, O> {

    private final Function<List<I>, List<O>> work;
    private final int maximum;
    private final Queue<Waiting<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock(true);

    /**
     * @param work    runs a batch; answers one result for each item, in the order of the items
     * @param maximum the most items in one run
     */
    public Batcher(Function<List<I>, List<O>> work, int maximum) {
        this.work = Objects.requireNonNull(work, "work is required");
        if (maximum < 1) {
            throw new IllegalArgumentException("maximum must be at least 1, was " + maximum);
        }
        this.maximum = maximum;
    }

    /** Runs {@code item} with whatever else is waiting; answers its result or throws its exception. */
    public O run(I item) {
        Waiting<I, O> waiting = new Waiting<>(Objects.requireNonNull(item, "item is required"));
        queue.add(waiting);
        turn.lock();
        try {
            // The queue is first come, first served, so the runs made here reach this caller's item in the end.
            while (!waiting.finished) {
                runNextBatch();
            }
        } finally {
            turn.unlock();
        }
        if (waiting.failure != null) {
            throw waiting.failure;
        }
        return waiting.result;
    }

    /** How many items wait for a run (not counting those of the run under way). */
    public int waiting() {
        return queue.size();
    }

    private void runNextBatch() {
        List<Waiting<I, O>> batch = new ArrayList<>();
        for (Waiting<I, O> next; batch.size() < maximum && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        try {
            finish(batch, work.apply(batch.stream().map(Waiting::item).toList()));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.getFirst().fail(failure);
                return;
            }
            for (Waiting<I, O> alone : batch) {
                try {
                    finish(List.of(alone), work.apply(List.of(alone.item)));
                } catch (RuntimeException itsOwn) {
                    alone.fail(itsOwn);
                }
            }
        }
    }

    private static <I, O> void finish(List<Waiting<I, O>> batch, List<O> results) {
        if (results.size() != batch.size()) {
            throw new IllegalStateException("a batch of " + batch.size() + " gave " + results.size() + " results");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).succeed(results.get(i));
        }
    }

    /** An item and, once its run is over, what became of it; read and written only while holding the turn. */
    private static final class Waiting<I, O> {
        private final I item;
        private boolean finished;
        private O result;
        private RuntimeException failure;

        Waiting(I item) {
            this.item = item;
        }

        I item() {
            return item;
        }

        void succeed(O answer) {
            result = answer;
            finished = true;
        }

        void fail(RuntimeException exception) {
            failure = exception;
            finished = true;
        }
    }
}
