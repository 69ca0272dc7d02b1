package org.bettercaretogether.web.directory;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.web.platform.Formats;

import java.util.List;

/** A consultation open now, as the home page names it: its title, its page and when it closes (UK time). */
public record OpenConsultation(String title, String href, String closes) {

    static List<OpenConsultation> open(List<ConsultationSummary> consultations) {
        return consultations.stream().filter(summary -> summary.state() == ConsultationState.OPEN)
                .map(summary -> new OpenConsultation(summary.consultation().title(),
                        "/consultations/" + summary.consultation().slug(),
                        Formats.dateTime(summary.consultation().times().closesAt())))
                .toList();
    }
}
