package org.bettercaretogether.application.security;

/**
 * May this network address submit one more public form or API request now? Counted across every node of
 * the service, so that a flood from one address is refused with the time after which it may try again.
 */
public interface AdmitPublicSubmission {

    Admission admit(String source);
}
