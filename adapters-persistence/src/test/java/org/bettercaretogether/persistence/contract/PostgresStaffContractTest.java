package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.StaffContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The staff contract, kept by the PostgreSQL ports. */
class PostgresStaffContractTest extends StaffContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
