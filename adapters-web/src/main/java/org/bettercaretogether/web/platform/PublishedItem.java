package org.bettercaretogether.web.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.application.feedback.PublishedView;
import org.bettercaretogether.application.feedback.PublishedAnswer;

/**
 * A published view in the API: its moderated words only, what it is about, in what capacity it was given, its themes
 * and the partner organisation's answer (absent until answered). Nothing of the person who gave it.
 */
public record PublishedItem(String reference, About about, String givenAs, LocalDate receivedOn, Instant publishedAt,
                            String text, List<String> themes, Answer answer) {

    public PublishedItem {
        themes = List.copyOf(themes);
    }

    /** The answer of the partner organisation the view was given to. */
    public record Answer(String partner, String text, LocalDate answeredOn) {

        public static Answer of(PublishedAnswer answer) {
            return new Answer(answer.partnerName(), answer.text(), answer.answeredOn());
        }
    }

    /** What a view is about: its kind, and the slug and name of the community, workstream or network. */
    public record About(String kind, String slug, String name) {
    }

    public static PublishedItem of(PublishedView view) {
        return new PublishedItem(view.reference().value(),
                new About(view.aboutKind(), view.aboutSlug().orElse(null), view.about()), view.givenAs(),
                view.receivedOn(), view.publishedAt(), view.text(), view.themes(),
                view.answer().map(Answer::of).orElse(null));
    }
}
