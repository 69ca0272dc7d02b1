package org.bettercaretogether.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bettercaretogether.application.security.Admission;
import org.bettercaretogether.application.security.AdmitPublicSubmission;

/** The limits on public submissions and registrations, their refusals counted in {@code bct_rate_limit_refusals_total}. */
final class CountedAdmission implements AdmitPublicSubmission {

    private final AdmitPublicSubmission admit;
    private final Counter refusals;
    private final Counter registrationRefusals;

    CountedAdmission(AdmitPublicSubmission admit, MeterRegistry meters) {
        this.admit = admit;
        this.refusals = rateLimitRefusals(meters, "public_submissions_per_address");
        this.registrationRefusals = rateLimitRefusals(meters, "registrations_per_address_per_meeting");
    }

    /** The counter of refusals by the rate limit named {@code limit}. */
    static Counter rateLimitRefusals(MeterRegistry meters, String limit) {
        return Counter.builder("bct.rate.limit.refusals").description("Requests refused by a rate limit, by limit")
                .tag("limit", limit).register(meters);
    }

    @Override
    public Admission admit(String source) {
        return counted(admit.admit(source), refusals);
    }

    @Override
    public Admission admitRegistration(String meetingId, String source) {
        return counted(admit.admitRegistration(meetingId, source), registrationRefusals);
    }

    private static Admission counted(Admission admission, Counter refused) {
        if (!admission.allowed()) {
            refused.increment();
        }
        return admission;
    }
}
