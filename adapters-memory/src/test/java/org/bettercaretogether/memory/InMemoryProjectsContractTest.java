package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.ProjectsContract;

/** The community projects contract, kept by the in-memory ports. */
class InMemoryProjectsContractTest extends ProjectsContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
