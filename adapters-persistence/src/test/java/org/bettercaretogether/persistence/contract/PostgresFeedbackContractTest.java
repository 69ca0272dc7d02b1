package org.bettercaretogether.persistence.contract;

import org.bettercaretogether.memory.contract.FeedbackContract;
import org.bettercaretogether.memory.contract.OutboundPorts;

/** The feedback contract, kept by the PostgreSQL ports. */
class PostgresFeedbackContractTest extends FeedbackContract {

    @Override
    protected OutboundPorts freshPorts() {
        return PostgresContractPorts.fresh();
    }
}
