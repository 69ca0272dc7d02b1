package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.ResponseId;

/**
 * What a person is told once their response is kept: its id, the token of the private link that shows them their
 * answers (given only here: the service keeps only its hash), and whether this answers a retry of a request already
 * answered.
 */
public record ResponseReceipt(ResponseId response, String token, boolean replayed) {

    @Override
    public String toString() {
        return "ResponseReceipt[" + response + ", token hidden, replayed=" + replayed + "]";
    }
}
