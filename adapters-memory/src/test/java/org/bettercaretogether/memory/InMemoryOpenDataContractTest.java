package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OpenDataContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The open data contract, kept by the in-memory ports. */
class InMemoryOpenDataContractTest extends OpenDataContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
