package org.bettercaretogether.memory;

import org.bettercaretogether.application.shared.Transactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over in-memory records: one at a time, and work that throws leaves the records as they were
 * before the outermost transaction began, as a database would.
 */
public final class InMemoryTransactions implements Transactions {

    private final List<InMemoryRecords<?, ?>> stores;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public InMemoryTransactions(List<InMemoryRecords<?, ?>> stores) {
        this.stores = List.copyOf(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        oneAtATime.lock();
        try {
            if (oneAtATime.getHoldCount() > 1) {
                return work.get();
            }
            List<Map<?, ?>> before = new ArrayList<>();
            stores.forEach(store -> before.add(store.snapshot()));
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                for (int i = 0; i < stores.size(); i++) {
                    stores.get(i).restore(before.get(i));
                }
                throw failure;
            }
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Whether this thread is inside a transaction now: for tests that check that work happens outside one. */
    public boolean openOnThisThread() {
        return oneAtATime.isHeldByCurrentThread();
    }
}
