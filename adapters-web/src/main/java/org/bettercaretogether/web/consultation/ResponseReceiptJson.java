package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ResponseReceipt;

/**
 * The API's answer to a response kept: {@code {"response": "…", "answersUrl": "/api/v1/consultation-responses/r…"}}.
 * The link is private: whoever holds it can read the answers given.
 */
public record ResponseReceiptJson(String response, String answersUrl) {

    static ResponseReceiptJson of(ResponseReceipt receipt) {
        return new ResponseReceiptJson(receipt.response().toString(), ConsultationApiRoutes.ownAnswers(receipt.token()));
    }

    @Override
    public String toString() {
        return "ResponseReceiptJson[" + response + "]";
    }
}
