package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.FreeTextAnswer;

import java.util.List;
import java.util.Optional;

/**
 * A page of a consultation's free-text answers waiting for moderation (oldest first), how many wait in all, and the
 * cursor of the next page.
 */
public record FreeTextQueuePage(ConsultationSummary consultation, List<FreeTextAnswer> items, int waiting,
                                Optional<String> next) {

    public FreeTextQueuePage {
        items = List.copyOf(items);
    }
}
