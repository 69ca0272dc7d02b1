package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.ConsultationContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The consultation contract, kept by the in-memory ports. */
class InMemoryConsultationContractTest extends ConsultationContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
