package org.bettercaretogether.web.mail;

import java.time.Instant;
import java.util.List;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.application.mail.UndeliveredPage;

/**
 * A page of undelivered messages in the staff API, the last given up on first:
 * {@code {"items": [...], "next": "..."}}, where {@code next} is the cursor of the page of older ones and is absent on
 * the last page.
 */
public record UndeliveredMailJson(List<Message> items, String next) {

    public UndeliveredMailJson {
        items = List.copyOf(items);
    }

    /**
     * One message: its id, to whom, its subject, when it was written and given up on, how many attempts failed and why
     * the last did. Its {@link #toString()} leaves the address out.
     */
    public record Message(String id, String to, String subject, Instant writtenAt, Instant givenUpAt, int attempts,
                          String reason) {

        static Message of(UndeliveredMail mail) {
            return new Message(mail.id().toString(), mail.to().value(), mail.subject(), mail.createdAt(),
                    mail.givenUpAt(), mail.attempts(), mail.reason());
        }

        @Override
        public String toString() {
            return "Message[" + id + "]";
        }
    }

    static UndeliveredMailJson of(UndeliveredPage page) {
        return new UndeliveredMailJson(page.messages().stream().map(Message::of).toList(), page.next().orElse(null));
    }
}
