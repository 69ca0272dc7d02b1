package org.bettercaretogether.application.security;

import org.bettercaretogether.domain.staff.StaffMemberId;

import java.util.Optional;

/**
 * Where security events are reported for operators (a log, a SIEM). An event names what happened and, where
 * known, the staff member's id; never a password, a token, an email address or a name.
 */
public interface SecurityEvents {

    void record(String event, Optional<StaffMemberId> staff);
}
