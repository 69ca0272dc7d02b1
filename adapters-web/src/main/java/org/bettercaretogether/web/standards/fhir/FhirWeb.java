package org.bettercaretogether.web.standards.fhir;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.web.platform.FailureFormat;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The directory as FHIR R4 under {@code /fhir/}, read from the {@code directory}; every failure there, an address
 * no route answers included, is an {@code OperationOutcome} in {@code application/fhir+json}, as a FHIR client
 * expects.
 */
public final class FhirWeb extends FeatureRoutes implements FailureFormat {

    @Inject
    public FhirWeb(BrowseDirectory directory) {
        super(new FhirRoutes(directory));
    }

    @Override
    public boolean covers(String path) {
        return path.equals(FhirRoutes.BASE) || path.startsWith(FhirRoutes.BASE + "/");
    }

    @Override
    public void write(Context ctx, int status, String detail) {
        OperationOutcome outcome = OperationOutcome.of(status, detail);
        ctx.contentType(FhirRoutes.MEDIA_TYPE).result(ctx.jsonMapper().toJsonString(outcome, OperationOutcome.class));
    }
}
