package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.StaffContract;

/** The staff contract, kept by the in-memory ports. */
class InMemoryStaffContractTest extends StaffContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
