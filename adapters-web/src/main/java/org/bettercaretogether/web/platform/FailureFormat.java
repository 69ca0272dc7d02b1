package org.bettercaretogether.web.platform;

import io.javalin.http.Context;

/**
 * How failures are written for a family of addresses that follows a standard of its own, such as FHIR's
 * {@code OperationOutcome} under {@code /fhir/}: a feature whose routes answer in such a standard implements it on
 * its {@link FeatureRoutes}, and the one error handling then writes every failure under those addresses (an unknown
 * id, a malformed parameter, an address no route answers, a fault) in that form. What a failure means, its status and
 * its detail, is still decided once for all; only its body differs. Elsewhere, failures are problem documents under
 * {@code /api/} and pages otherwise.
 */
public interface FailureFormat {

    /** Whether failures at {@code path} are written in this format. */
    boolean covers(String path);

    /**
     * Writes the body of a failure whose {@code status} is already set, with {@code detail}, a sentence for the
     * client that holds nothing internal.
     */
    void write(Context ctx, int status, String detail);
}
