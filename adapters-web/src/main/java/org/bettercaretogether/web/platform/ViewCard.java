package org.bettercaretogether.web.platform;

import java.util.Arrays;
import java.util.List;
import org.bettercaretogether.application.feedback.PublishedAnswer;
import org.bettercaretogether.application.feedback.PublishedView;

/**
 * One published view as a page shows it: its moderated words, what it is about, who gave it (as a kind of person,
 * never by name), its themes, and the partner organisation's answer when there is one. Made only from a
 * {@link PublishedView}, which holds nothing of the person or of the member of staff who answered.
 *
 * @param aboutHref  the page of the community or workstream it is about, or null
 * @param paragraphs the words, a paragraph per line
 * @param answer     null until the view is answered
 */
public record ViewCard(String reference, String about, String aboutHref, String givenAs, String receivedOn,
                       String publishedOn, List<String> paragraphs, List<String> themes, Answer answer) {

    public ViewCard {
        paragraphs = List.copyOf(paragraphs);
        themes = List.copyOf(themes);
    }

    /** A partner organisation's answer: who gave it, on which day, in what words. */
    public record Answer(String partner, String answeredOn, List<String> paragraphs) {

        public Answer {
            paragraphs = List.copyOf(paragraphs);
        }

        public static Answer of(PublishedAnswer answer) {
            return new Answer(answer.partnerName(), Formats.date(answer.answeredOn()), ViewCard.paragraphs(answer.text()));
        }
    }

    public static ViewCard of(PublishedView view) {
        return new ViewCard(view.reference().value(), view.about(), page(view), view.givenAs(),
                Formats.date(view.receivedOn()), Formats.dateTime(view.publishedAt()), paragraphs(view.text()),
                view.themes(), view.answer().map(Answer::of).orElse(null));
    }

    /** Text as people wrote it, a paragraph for each line that has words. */
    public static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String page(PublishedView view) {
        return view.aboutSlug().map(slug -> switch (view.aboutKind()) {
            case "community" -> "/communities/" + slug;
            case "workstream" -> "/workstreams/" + slug;
            case "network" -> "/networks/" + slug;
            default -> null;
        }).orElse(null);
    }
}
