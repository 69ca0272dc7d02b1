package org.bettercaretogether.application.security;

import jakarta.inject.Inject;
import org.bettercaretogether.application.shared.Secrets;

/**
 * Admits public submissions within {@link SecuritySettings#publicPostsPerSource()} per network (an IPv4 address, an
 * IPv6 /64: see {@link ClientNetwork}), and registrations for one meeting within
 * {@link SecuritySettings#registrationsPerSourceForMeeting()} per network (docs/adr/0013).
 */
public final class AdmissionService implements AdmitPublicSubmission {

    private final RateLimits limits;
    private final SecuritySettings settings;

    @Inject
    public AdmissionService(RateLimits limits, SecuritySettings settings) {
        this.limits = limits;
        this.settings = settings;
    }

    @Override
    public Admission admit(String source) {
        return limits.tryConsume("public-submission:" + Secrets.sha256(ClientNetwork.of(source)),
                settings.publicPostsPerSource());
    }

    @Override
    public Admission admitRegistration(String meetingId, String source) {
        return limits.tryConsume("meeting-registration:" + meetingId + ":" + Secrets.sha256(ClientNetwork.of(source)),
                settings.registrationsPerSourceForMeeting());
    }
}
