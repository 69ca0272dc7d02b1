package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.security.SecurityEvents;
import org.bettercaretogether.domain.staff.StaffMemberId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Security events as log lines on the {@code security} logger, for operators to route to their monitoring.
 * The application passes only an event name and a staff id, so no line can hold a password, token or email.
 */
final class LoggedSecurityEvents implements SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger("security");

    @Override
    public void record(String event, Optional<StaffMemberId> staff) {
        log.info("{} staff={}", event, staff.map(StaffMemberId::toString).orElse("-"));
    }
}
