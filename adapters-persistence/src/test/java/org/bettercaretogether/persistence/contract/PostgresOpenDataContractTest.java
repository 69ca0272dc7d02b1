package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.OpenDataContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The open data contract, kept by the PostgreSQL ports. */
class PostgresOpenDataContractTest extends OpenDataContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
