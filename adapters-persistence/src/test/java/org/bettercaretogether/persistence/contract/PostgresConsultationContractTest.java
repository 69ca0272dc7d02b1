package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.ConsultationContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The consultation contract, kept by the PostgreSQL ports. */
class PostgresConsultationContractTest extends ConsultationContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
