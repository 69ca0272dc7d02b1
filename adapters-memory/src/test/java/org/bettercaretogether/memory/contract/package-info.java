/**
 * The contract of the outbound ports: cases every adapter of a port must pass, written once against the port
 * interfaces. Each abstract class here is run by a subclass per adapter set (the in-memory ports in this module's tests,
 * the PostgreSQL ports in the persistence adapter's), so the two cannot drift apart. Shipped in this module's test-jar,
 * for an adapter written elsewhere too.
 */
package org.bettercaretogether.memory.contract;
