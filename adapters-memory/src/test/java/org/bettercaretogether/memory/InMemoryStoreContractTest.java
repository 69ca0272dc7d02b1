package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.StoreContract;

/** The store contract, kept by the in-memory ports. */
class InMemoryStoreContractTest extends StoreContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
