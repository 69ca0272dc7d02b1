package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.DirectoryContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The directory contract, kept by the PostgreSQL ports. */
class PostgresDirectoryContractTest extends DirectoryContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
