package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.SubscriptionContract;

/** The subscriptions' contract, kept by the PostgreSQL ports. */
class PostgresSubscriptionContractTest extends SubscriptionContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
