package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;
import java.util.List;

/**
 * The copies of mail sent that the service keeps: without a mail server, every message is written to the mail-drop
 * folder instead of being sent, and stays there until it has been kept as long as such copies are, or until the
 * person it was written to has their data erased. A mail server keeps its own copies; the service then keeps none,
 * but copies written before it had one stay until their time is past.
 */
public interface SentMailCopies {

    /** The copies of the messages written to {@code to}, oldest first. */
    List<SentCopy> to(EmailAddress to);

    /** Removes the copies of every message written to {@code to}; answers how many. */
    int forget(EmailAddress to);

    /** Removes up to {@code most} copies written before {@code before}, oldest first; answers how many. */
    int forgetWrittenBefore(Instant before, int most);

    /** A copy of a message sent: when it was written, and what it said. Its {@link #toString()} shows neither. */
    record SentCopy(Instant writtenAt, String subject, String body) {

        public SentCopy {
            Require.present(writtenAt, "writtenAt");
            Require.present(subject, "subject");
            Require.present(body, "body");
        }

        @Override
        public String toString() {
            return "SentCopy[" + writtenAt + "]";
        }
    }
}
