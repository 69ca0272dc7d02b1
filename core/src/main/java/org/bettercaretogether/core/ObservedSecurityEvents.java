package org.bettercaretogether.core;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import org.bettercaretogether.application.security.SecurityEvents;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Security events as log lines on the {@code security} logger, for operators to route to their monitoring, and sign-ins
 * counted for {@code /metrics}: {@code bct_sign_ins_total} by outcome ({@code succeeded}, {@code failed},
 * {@code refused}), and the refusals also in {@code bct_rate_limit_refusals_total} by the limit that refused them.
 * The application passes only an event name and a staff id, so no line can hold a password, token or email.
 */
final class ObservedSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    private final Counter signedIn;
    private final Counter failed;
    private final Counter refused;
    private final Counter limitedAddress;
    private final Counter limitedAccount;

    @Inject
    ObservedSecurityEvents(MeterRegistry meters) {
        this.signedIn = signIns(meters, "succeeded");
        this.failed = signIns(meters, "failed");
        this.refused = signIns(meters, "refused");
        this.limitedAddress = CountedAdmission.rateLimitRefusals(meters, "sign_ins_per_address");
        this.limitedAccount = CountedAdmission.rateLimitRefusals(meters, "failed_sign_ins_per_account");
    }

    private static Counter signIns(MeterRegistry meters, String outcome) {
        return Counter.builder("bct.sign.ins").description("Staff sign-ins, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    @Override
    public void record(String event, Optional<StaffMemberId> staff) {
        switch (event) {
            case SIGNED_IN -> signedIn.increment();
            case SIGN_IN_FAILED -> failed.increment();
            case SIGN_IN_REFUSED_FROM_ADDRESS -> {
                refused.increment();
                limitedAddress.increment();
            }
            case SIGN_IN_REFUSED_FOR_ACCOUNT -> {
                refused.increment();
                limitedAccount.increment();
            }
            default -> {
                // other events (signed out, tokens made or revoked) are logged only
            }
        }
        log.info("{} staff={}", event, staff.map(StaffMemberId::toString).orElse("-"));
    }
}
