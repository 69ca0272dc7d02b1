package org.bettercaretogether.application.mail;

import org.bettercaretogether.domain.shared.EmailAddress;

/** Hands one message to the mail server (or wherever the adapter delivers). */
public interface MailSender {

    /** Sends a message, or throws {@link MailNotSentException} when it could not be handed over. */
    void send(EmailAddress to, String subject, String body);

    /** The mail server refused a message or could not be reached. The message never includes the address. */
    final class MailNotSentException extends RuntimeException {
        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
