package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.feedback.Subjects;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;

/**
 * A consultation with what a reader needs beside it: its state now, what it is about (named, with its slug) and the
 * name of the partner that runs it.
 */
public record ConsultationSummary(Consultation consultation, ConsultationState state, Subjects.Described about,
                                  String runBy) {
}
