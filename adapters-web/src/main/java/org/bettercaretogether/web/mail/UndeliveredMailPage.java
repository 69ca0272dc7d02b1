package org.bettercaretogether.web.mail;

import java.util.List;

/**
 * The model of {@code /staff/undelivered-mail}: a page of the messages given up on, the last first; a notice after one
 * was sent again; and the links to older messages and back to the latest ({@code null} where there is nowhere to go).
 */
public record UndeliveredMailPage(List<Row> messages, String notice, String olderHref, String latestHref) {

    public static final String HEADING = "Undelivered mail";

    public UndeliveredMailPage {
        messages = List.copyOf(messages);
    }

    /**
     * One message as the table shows it: when it was given up on and written (UK time), to whom, its subject, how many
     * attempts failed and why the last did, and where its "send again" button posts.
     */
    public record Row(String givenUp, String written, String to, String subject, int attempts, String reason,
                      String sendAgainAction) {

        @Override
        public String toString() {
            return "Row[" + sendAgainAction + "]";
        }
    }
}
