package org.bettercaretogether.memory;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.SubscriptionContract;

/** The subscriptions' contract, kept by the in-memory ports. */
class InMemorySubscriptionContractTest extends SubscriptionContract {

    @Override
    protected OutboundPorts freshPorts() {
        return InMemoryContractPorts.fresh();
    }
}
