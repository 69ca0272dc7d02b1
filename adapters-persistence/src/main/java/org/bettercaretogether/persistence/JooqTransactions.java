package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.persistence.shared.ConnectionLoss;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's transaction boundary on the shared {@code DSLContext}, whose transactions follow the thread
 * (see {@link Jooq}): every repository built on the same context joins the transaction opened here. A transaction
 * opened while another is open on the thread becomes a savepoint inside it: work that throws there is undone up to
 * the savepoint, and all of it commits only when the outermost transaction does.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext dsl;

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Runs {@code work} in a transaction; an unchecked exception from it rolls back and reaches the caller as is. A
     * transaction that cannot begin or commit for want of the database throws {@code StoreUnavailableException}.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work is required");
        try {
            return dsl.transactionResult(() -> work.get());
        } catch (DataAccessException failure) {
            throw ConnectionLoss.translated(failure);
        }
    }
}
