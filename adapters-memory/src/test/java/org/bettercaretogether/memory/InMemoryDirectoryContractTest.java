package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.DirectoryContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The directory contract, kept by the in-memory ports. */
class InMemoryDirectoryContractTest extends DirectoryContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
