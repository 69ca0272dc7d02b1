package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;

import java.time.Clock;
import java.time.ZoneOffset;

/** A fresh set of in-memory ports for one case of a contract, on a clock that stands at the contracts' Monday. */
final class InMemoryContractPorts {

    private InMemoryContractPorts() {
    }

    static OutboundPorts fresh() {
        InMemoryPorts ports = new InMemoryPorts(Clock.fixed(java.time.Instant.parse("2026-03-02T09:00:00Z"),
                ZoneOffset.UTC));
        return new OutboundPorts() {
            @Override
            public <T> T port(Class<T> type) {
                return ports.port(type);
            }

            @Override
            public void close() {
                // nothing to let go: the records go with the object
            }
        };
    }
}
