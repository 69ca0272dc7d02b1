package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.StoreContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The store contract, kept by the PostgreSQL ports. */
class PostgresStoreContractTest extends StoreContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
