package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.OutboxContract;

/** The outbox contract, kept by the in-memory ports. */
class InMemoryOutboxContractTest extends OutboxContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
