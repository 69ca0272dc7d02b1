package org.bettercaretogether.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Hands the programme's messages — confirmations, replies to a view, meeting notices — to the installation's SMTP
 * server, one connection per message, as plain text in UTF-8 from "Better Care Together". A message the server does
 * not take raises {@link MailSender.MailNotSentException}, and the outbox tries again later; one the server refuses for
 * good (a permanent reply to its recipient or its words) says so, and the outbox gives up on it.
 *
 * <p>People's addresses and the words of their messages are personal data: nothing here logs them, and a failure's
 * message names what went wrong (could not connect, sign-in refused, the server's reply code) with every address
 * taken out. Only a failure to connect, which happens before anything is sent, keeps the library's exception as its
 * cause; others leave it out, as a server's reply may quote the address.
 */
public final class SmtpMailSender implements MailSender {

    /** How far down a failure's chain a refusal of the message is looked for. */
    private static final int DEEPEST_REFUSAL = 10;

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;

    public SmtpMailSender(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings));
        this.from = PlainTextMail.sender(settings.from().value(), settings.fromName());
    }

    @Override
    public void send(EmailAddress to, String subject, String body) {
        send(to, subject, body, Optional.empty());
    }

    @Override
    public void send(EmailAddress to, String subject, String body, Optional<URI> unsubscribe) {
        MimeMessage message = PlainTextMail.composeOrRefuse(session, from, to, subject, body, unsubscribe, "Mail not sent");
        try {
            if (settings.authenticates()) {
                Transport.send(message, settings.username().orElseThrow(), settings.password().orElseThrow());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException failure) {
            throw notSent(failure, to);
        }
    }

    private MailNotSentException notSent(MessagingException failure, EmailAddress to) {
        String described = PlainTextMail.describe(failure, to);
        if (failure instanceof MailConnectException) {
            return new MailNotSentException("Mail not sent: could not connect to the SMTP server at " + settings.host()
                    + ":" + settings.port() + " (" + described + ")", failure);
        }
        String notTaken = "Mail not sent: the SMTP server at " + settings.host() + ":" + settings.port()
                + " did not take the message (" + described + ")";
        return refusedForGood(failure) ? MailNotSentException.refusedForGood(notTaken)
                : new MailNotSentException(notTaken, null);
    }

    /**
     * Whether the server refused this message for good: a permanent reply (5xx, RFC 5321 section 4.2.1) to its
     * recipient or to its words. A refusal of the sign-in or of the sender's address is not: it concerns every message
     * until the installation is put right. Nor is 552 to a recipient, which RFC 5321 says to take as a full mailbox.
     */
    static boolean refusedForGood(MessagingException failure) {
        Exception current = failure;
        for (int depth = 0; current != null && depth < DEEPEST_REFUSAL; depth++) {
            int reply = switch (current) {
                case SMTPAddressFailedException recipient when recipient.getReturnCode() != 552 ->
                        recipient.getReturnCode();
                case SMTPSendFailedException content when !isSenderCommand(content.getCommand()) ->
                        content.getReturnCode();
                default -> 0;
            };
            if (reply >= 500 && reply <= 599) {
                return true;
            }
            Exception next = current instanceof MessagingException messaging ? messaging.getNextException() : null;
            current = next != null ? next : current.getCause() instanceof Exception cause ? cause : null;
        }
        return false;
    }

    private static boolean isSenderCommand(String command) {
        return command == null || command.regionMatches(true, 0, "MAIL", 0, 4)
                || command.regionMatches(true, 0, "AUTH", 0, 4);
    }

    private static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.authenticates()));
        if (settings.startTls()) {
            // Required, not merely enabled: a server that cannot secure the connection receives nothing in clear.
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
