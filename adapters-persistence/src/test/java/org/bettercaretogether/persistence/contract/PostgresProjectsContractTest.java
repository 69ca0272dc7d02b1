package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.OutboundPorts;
import org.bettercaretogether.memory.contract.ProjectsContract;

/** The community projects contract, kept by the PostgreSQL ports. */
class PostgresProjectsContractTest extends ProjectsContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
