package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.OutboxContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The outbox contract, kept by the PostgreSQL ports. */
class PostgresOutboxContractTest extends OutboxContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
