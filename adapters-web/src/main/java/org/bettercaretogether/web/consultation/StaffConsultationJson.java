package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationSummary;

/**
 * A consultation as the staff API answers it: its id and version (to quote in the next step), whether its questions
 * are locked by an answer, and the consultation as the public API shows it, drafts included ({@code state} is then
 * {@code draft}).
 */
public record StaffConsultationJson(String id, long version, boolean questionsLocked, ConsultationJson consultation) {

    static StaffConsultationJson of(ConsultationSummary summary, ConsultationJson consultation) {
        return new StaffConsultationJson(summary.consultation().id().toString(), summary.consultation().version(),
                summary.consultation().questionsLocked(), consultation);
    }
}
