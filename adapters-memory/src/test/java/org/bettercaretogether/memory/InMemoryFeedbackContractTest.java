package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.FeedbackContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The feedback contract, kept by the in-memory ports. */
class InMemoryFeedbackContractTest extends FeedbackContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
