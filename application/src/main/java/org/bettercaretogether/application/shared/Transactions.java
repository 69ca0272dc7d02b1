package org.bettercaretogether.application.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary, owned by the application: everything {@code work} reads and writes through the
 * repositories happens at once or not at all. Work that throws leaves nothing behind; work that answers a
 * rejection has written nothing, because the services check before they write.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
