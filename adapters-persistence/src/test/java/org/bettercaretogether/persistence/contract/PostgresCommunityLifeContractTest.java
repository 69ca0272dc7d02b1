package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.CommunityLifeContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The community life contract, kept by the PostgreSQL ports. */
class PostgresCommunityLifeContractTest extends CommunityLifeContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
