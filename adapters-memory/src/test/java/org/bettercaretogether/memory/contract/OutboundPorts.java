package org.bettercaretogether.memory.contract;

/** One set of outbound ports over a store of its own, empty but for its schema; closing it lets the store go. */
public interface OutboundPorts extends AutoCloseable {

    /** The implementation in this set of the port {@code type}. */
    <T> T port(Class<T> type);

    @Override
    void close();
}
