package org.bettercaretogether.web.directory;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.web.platform.Formats;

import java.util.List;

/**
 * A consultation open now or coming up, as a directory page names it: its title, its page, when it closes and (for
 * one coming up, {@code upcoming}) when it opens, in UK time.
 */
public record OpenConsultation(String title, String href, String closes, String opens, boolean upcoming) {

    /** The consultations open now, for the home page: every one, whatever it is about. */
    static List<OpenConsultation> open(List<ConsultationSummary> consultations) {
        return consultations.stream().filter(summary -> summary.state() == ConsultationState.OPEN)
                .map(OpenConsultation::of).toList();
    }

    /** The consultations open or coming up about a community, workstream or network, for its page. */
    static List<OpenConsultation> stillToClose(List<ConsultationSummary> consultations) {
        return consultations.stream().map(OpenConsultation::of).toList();
    }

    private static OpenConsultation of(ConsultationSummary summary) {
        return new OpenConsultation(summary.consultation().title(), "/consultations/" + summary.consultation().slug(),
                Formats.dateTime(summary.consultation().times().closesAt()),
                Formats.dateTime(summary.consultation().times().opensAt()),
                summary.state() == ConsultationState.UPCOMING);
    }
}
