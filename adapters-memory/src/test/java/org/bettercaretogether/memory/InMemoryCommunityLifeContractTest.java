package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.CommunityLifeContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The community life contract, kept by the in-memory ports. */
class InMemoryCommunityLifeContractTest extends CommunityLifeContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
