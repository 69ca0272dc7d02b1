package org.bettercaretogether.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.AdmitPublicSubmission;

/** The limit on public submissions, its refusals counted in {@code bct_rate_limit_refusals_total}. */
final class CountedAdmission implements AdmitPublicSubmission {

    private final AdmitPublicSubmission admit;
    private final Counter refusals;

    CountedAdmission(AdmitPublicSubmission admit, MeterRegistry meters) {
        this.admit = admit;
        this.refusals = ServiceMetrics.rateLimitRefusals(meters, "public_submissions_per_address");
    }

    @Override
    public Admission admit(String source) {
        Admission admission = admit.admit(source);
        if (!admission.allowed()) {
            refusals.increment();
        }
        return admission;
    }
}
