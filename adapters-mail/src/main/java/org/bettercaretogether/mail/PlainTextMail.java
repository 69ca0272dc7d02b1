package org.bettercaretogether.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.util.StreamProvider;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.eclipse.angus.mail.util.MailStreamProvider;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What both senders share: a message as the programme writes it (plain text in UTF-8, marked as sent by a machine so
 * that out-of-office replies are not sent back), and a description of a failure that leaves out every address.
 */
final class PlainTextMail {

    private static final String UTF_8 = "UTF-8";
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]@]+@[^\\s<>\"'(),;:\\[\\]@]+");
    private static final int DEEPEST_CAUSE = 5;

    static {
        // Jakarta Mail looks its stream provider up anew each time a message is written (twice per message), through
        // a ServiceLoader that reads the service lists of every jar: a third of the CPU time of sending a message.
        // Named here, the lookup is one class by name. An application that names another provider keeps it.
        String provider = StreamProvider.class.getName();
        if (System.getProperty(provider) == null) {
            System.setProperty(provider, MailStreamProvider.class.getName());
        }
    }

    private PlainTextMail() {
    }

    /** The sender as mail clients show it: the programme's name beside its address. */
    static InternetAddress sender(String address, String name) {
        try {
            InternetAddress sender = new InternetAddress(address, name, UTF_8);
            sender.validate();
            return sender;
        } catch (UnsupportedEncodingException | MessagingException failure) {
            throw new IllegalArgumentException("the sender's address or name cannot be written in a message");
        }
    }

    /**
     * A plain-text message in UTF-8, with the one-click unsubscribe headers when {@code unsubscribe} is given, and its
     * headers final ({@code Message-ID}, {@code Date}, MIME headers).
     */
    static MimeMessage compose(Session session, InternetAddress from, EmailAddress to, String subject, String body,
                               Optional<URI> unsubscribe) throws MessagingException {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.value(), true));
        // A line break in a subject would start a header of its own.
        message.setSubject(LINE_BREAKS.matcher(subject).replaceAll(" "), UTF_8);
        // RFC 5322 accepts RFC 1123's form; setSentDate would format through one lock shared by every message.
        message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        // RFC 3834: written by the service, not by a person; auto-responders should not answer it.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (unsubscribe.isPresent()) {
            // RFC 8058: a mail client may end the subscription with one POST of List-Unsubscribe=One-Click.
            message.setHeader("List-Unsubscribe", "<" + unsubscribe.get().toASCIIString() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // The words as bytes with their type, rather than setText: writing the message then copies them, where text
        // would look up a content handler by class name (in every jar) for each message.
        message.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=" + UTF_8)));
        message.saveChanges();
        return message;
    }

    /**
     * The message, or a refusal saying it could not be composed ({@code outcome} names what was not done, such as
     * "Mail not sent"); the refusal never names the address.
     */
    static MimeMessage composeOrRefuse(Session session, InternetAddress from, EmailAddress to, String subject,
                                       String body, Optional<URI> unsubscribe, String outcome) {
        try {
            return compose(session, from, to, subject, body, unsubscribe);
        } catch (MessagingException failure) {
            throw new MailSender.MailNotSentException(outcome + ": the message could not be composed ("
                    + describe(failure, to) + ")", null);
        }
    }

    /**
     * What went wrong, from the failure and its causes (type and message of each), with the recipient's address and
     * anything else that looks like an address replaced by {@code [address]}: a server's reply may quote the address.
     */
    static String describe(Throwable failure, EmailAddress to) {
        List<String> parts = new ArrayList<>();
        Throwable current = failure;
        for (int depth = 0; current != null && depth < DEEPEST_CAUSE; depth++) {
            String message = current.getMessage();
            parts.add(current.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + withoutAddresses(message.strip(), to)));
            current = current.getCause() == current ? null : current.getCause();
        }
        return String.join("; caused by ", parts);
    }

    private static String withoutAddresses(String text, EmailAddress to) {
        String withoutRecipient = Pattern.compile(Pattern.quote(to.value()), Pattern.CASE_INSENSITIVE)
                .matcher(text).replaceAll("[address]");
        String withoutAny = ANY_ADDRESS.matcher(withoutRecipient).replaceAll("[address]");
        return LINE_BREAKS.matcher(withoutAny).replaceAll(" ");
    }
}
