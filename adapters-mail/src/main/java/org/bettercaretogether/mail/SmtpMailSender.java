package org.bettercaretogether.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.eclipse.angus.mail.util.MailConnectException;

import java.util.Objects;
import java.util.Properties;

/**
 * Hands the programme's messages — confirmations, replies to a view, meeting notices — to the installation's SMTP
 * server, one connection per message, as plain text in UTF-8 from "Better Care Together". A message the server does
 * not take raises {@link MailSender.MailNotSentException}, and the outbox tries again later.
 *
 * <p>People's addresses and the words of their messages are personal data: nothing here logs them, and a failure's
 * message names what went wrong (could not connect, sign-in refused, the server's reply code) with every address
 * taken out. Only a failure to connect, which happens before anything is sent, keeps the library's exception as its
 * cause; others leave it out, as a server's reply may quote the address.
 */
public final class SmtpMailSender implements MailSender {

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
        MimeMessage message = PlainTextMail.composeOrRefuse(session, from, to, subject, body, "Mail not sent");
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
        return new MailNotSentException("Mail not sent: the SMTP server at " + settings.host() + ":" + settings.port()
                + " did not take the message (" + described + ")", null);
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
