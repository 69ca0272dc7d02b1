package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;

import java.net.URI;
import java.util.Optional;

/** Hands one message to the mail server (or wherever the adapter delivers). */
public interface MailSender {

    /** Sends a message, or throws {@link MailNotSentException} when it could not be handed over. */
    void send(EmailAddress to, String subject, String body);

    /**
     * Sends a message a subscription brought, which {@code unsubscribe} ends in one click when present: a sender that
     * writes headers sends it as {@code List-Unsubscribe} with {@code List-Unsubscribe-Post} (RFC 8058); one that
     * writes none still has the link in the words, which always carry it.
     */
    default void send(EmailAddress to, String subject, String body, Optional<URI> unsubscribe) {
        send(to, subject, body);
    }

    /**
     * The mail server refused a message or could not be reached. The message never includes the address. A refusal
     * {@linkplain #refusedForGood() for good} says that sending this message again will not help; any other failure
     * may pass (the server down, busy, or refusing everyone until the installation is put right).
     */
    final class MailNotSentException extends RuntimeException {

        private final boolean refusedForGood;

        /** A failure that may pass: the message is tried again later. */
        public MailNotSentException(String message, Throwable cause) {
            this(message, cause, false);
        }

        private MailNotSentException(String message, Throwable cause, boolean refusedForGood) {
            super(message, cause);
            this.refusedForGood = refusedForGood;
        }

        /**
         * The server refused this message for good (a permanent reply to its recipient or its words, such as SMTP's
         * 550 "no such mailbox"): it is not tried again unless an administrator asks.
         */
        public static MailNotSentException refusedForGood(String message) {
            return new MailNotSentException(message, null, true);
        }

        public boolean refusedForGood() {
            return refusedForGood;
        }
    }
}
