package org.bettercaretogether.application.shared;

/**
 * Work that one process at a time may do, however many run the service on one store: a scheduled job that two
 * instances would otherwise both do, each getting in the other's way. A run claims its work inside a transaction, and
 * holds it until that transaction ends; a process that finds the work claimed leaves it to the one that claimed it.
 */
public interface OneRunAtATime {

    /**
     * Claims {@code work} (named the same by every process) until the current transaction ends: true when this run
     * may go on, false when another holds it now. Called inside a transaction; it never waits.
     */
    boolean claim(String work);
}
