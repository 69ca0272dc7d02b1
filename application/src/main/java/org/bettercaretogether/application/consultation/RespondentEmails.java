package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.ResponseId;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.util.List;

/**
 * The email addresses respondents left to be told about the consultation they answered, kept apart from their answers
 * (which stay anonymous). Personal data: read only to write to these people, for subject access and for erasure.
 */
public interface RespondentEmails {

    /** Keeps the address left with {@code response}, to {@code consultation}. */
    void add(ResponseId response, ConsultationId consultation, EmailAddress email);

    /** The addresses of the respondents of {@code consultation} who asked to be told about it, each once. */
    List<EmailAddress> forUpdates(ConsultationId consultation);

    /** The consultations {@code email} asked to be told about, for subject access. */
    List<ConsultationId> consultationsOf(EmailAddress email);

    /** Removes {@code email} wherever it was left; answers how many times it was. */
    int forget(EmailAddress email);
}
