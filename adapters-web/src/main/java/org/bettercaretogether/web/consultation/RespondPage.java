package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.ConsultationSummary;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.web.platform.Formats;

/**
 * The model of the page that starts answering a consultation ({@code /consultations/{slug}/respond}): what it asks
 * about, how many questions and how long they take, when it closes, and the way to the first question while it is
 * open; otherwise why it takes no answers, naming the moment it opens or closed.
 */
public record RespondPage(String slug, String title, String summary, int questions, int minutes, String closes,
                          String firstQuestionHref, String notOpen) {

    static RespondPage of(ConsultationSummary summary) {
        Consultation consultation = summary.consultation();
        String slug = consultation.slug().value();
        int questions = consultation.questions().size();
        return new RespondPage(slug, consultation.title(), consultation.summary(), questions,
                Math.max(2, questions), Formats.dateTime(consultation.times().closesAt()),
                consultation.questions().isEmpty() ? null
                        : AnswerRoutes.question(slug, consultation.questions().getFirst()),
                notOpen(summary));
    }

    public boolean open() {
        return notOpen == null;
    }

    public String consultationHref() {
        return ConsultationPage.href(slug);
    }

    /** Why the consultation takes no answers now, or null while it does. */
    static String notOpen(ConsultationSummary summary) {
        Consultation consultation = summary.consultation();
        return summary.state() == ConsultationState.OPEN ? null : switch (summary.state()) {
            case UPCOMING -> "This consultation opens at " + Formats.dateTime(consultation.times().opensAt())
                    + ". You can answer it from then.";
            default -> "This consultation closed at " + Formats.dateTime(consultation.times().closesAt())
                    + ", so it no longer takes answers.";
        };
    }
}
