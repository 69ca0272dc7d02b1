package org.bettercaretogether.application.meeting;

import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.util.List;

/**
 * A person's registrations for meetings go when they ask for their data to be erased. A place they held for a meeting
 * still open goes to whoever waits first, who is told, as when a registration is cancelled; the person is not written
 * to, since their address is what goes.
 */
public interface ForgetRegistrants {

    /**
     * Removes every registration made with {@code email}, for any meeting, cancelled ones included; answers those
     * removed. Joins the caller's transaction, so that erasure removes all of a person's data or none of it. Who may
     * ask is the caller's to decide.
     */
    List<Registration> forget(EmailAddress email);
}
