package org.bettercaretogether.web.consultation;

import org.bettercaretogether.application.consultation.FreeTextQueuePage;
import org.bettercaretogether.domain.consultation.FreeTextAnswer;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.FormErrors;

import java.util.Arrays;
import java.util.List;

/**
 * The model of the staff page of a consultation's free-text answers waiting for moderation
 * ({@code /staff/consultations/{id}/free-text}): each answer as written, the personal details found in it, and the
 * forms to publish it (the suggested public text to edit) or withhold it; how many wait; the next page's address.
 */
public record StaffFreeTextPage(String consultation, int waiting, List<Item> items, String nextHref,
                                List<Choice> reasons, FormErrors errors, String notice) {

    public static final String HEADING = "Written answers waiting for moderation";

    public StaffFreeTextPage {
        items = List.copyOf(items);
        reasons = List.copyOf(reasons);
    }

    /** One answer: its forms post to {@code publishAction} and {@code withholdAction}. */
    public record Item(String id, String question, String received, String text, List<String> personalDetails,
                       String suggestedPublicText, long version, String publishAction, String withholdAction) {
    }

    static StaffFreeTextPage of(FreeTextQueuePage page, String queueHref, FormErrors errors, String notice) {
        return new StaffFreeTextPage(page.consultation().consultation().title(), page.waiting(),
                page.items().stream().map(answer -> item(page, answer)).toList(),
                page.next().map(next -> queueHref + "?cursor=" + next).orElse(null),
                Arrays.stream(WithholdReason.values()).map(reason -> new Choice(reason.name(), reason.title()))
                        .toList(), errors, notice);
    }

    public String title() {
        return (errors.isEmpty() ? "" : "Error: ") + HEADING + " - " + consultation;
    }

    private static Item item(FreeTextQueuePage page, FreeTextAnswer answer) {
        String question = page.consultation().consultation().question(answer.question())
                .map(q -> q.text()).orElse(answer.question().value());
        String action = StaffFreeTextPageRoutes.ANSWER_PAGES + "/" + answer.id();
        return new Item(answer.id().toString(), question, Formats.dateTime(answer.receivedAt()), answer.text(),
                answer.personalDetails().stream().map(found -> found.kind().description()).distinct().toList(),
                answer.suggestedPublicText(), answer.version(), action + "/publish", action + "/withhold");
    }
}
