package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.domain.consultation.ConsultationState;

import java.util.List;

/** The model of {@code /consultations}: the open consultations, then the upcoming ones, then those closed. */
public record ConsultationsPage(List<ConsultationPage> open, List<ConsultationPage> upcoming,
                                List<ConsultationPage> closed) {

    public static final String HEADING = "Consultations";

    static ConsultationsPage of(List<ConsultationSummary> consultations) {
        return new ConsultationsPage(cards(consultations, ConsultationState.OPEN),
                cards(consultations, ConsultationState.UPCOMING),
                consultations.stream().filter(summary -> summary.state() == ConsultationState.CLOSED
                        || summary.state() == ConsultationState.RESULTS_PUBLISHED).map(ConsultationPage::card).toList());
    }

    private static List<ConsultationPage> cards(List<ConsultationSummary> consultations, ConsultationState state) {
        return consultations.stream().filter(summary -> summary.state() == state).map(ConsultationPage::card).toList();
    }
}
