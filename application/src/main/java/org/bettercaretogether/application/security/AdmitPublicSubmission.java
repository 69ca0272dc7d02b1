package org.bettercaretogether.application.security;

/**
 * May this network address submit one more public form or API request now? Counted across every node of
 * the service, so that a flood from one address is refused with the time after which it may try again.
 */
public interface AdmitPublicSubmission {

    Admission admit(String source);

    /**
     * May this network address register once more for the meeting {@code meetingId}? Counted per meeting, so that one
     * address cannot fill a meeting's places with made-up people, while a household or an office behind one address
     * may still register a few (each registration may take several places).
     */
    Admission admitRegistration(String meetingId, String source);
}
