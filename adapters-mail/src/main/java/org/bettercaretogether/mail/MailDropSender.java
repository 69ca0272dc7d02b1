package org.bettercaretogether.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Stands in for a mail server where none is configured — on a developer's machine or a trial installation: each
 * message is written as an {@code .eml} file (RFC 822, as a mail client saves it, so it opens in one) into a folder,
 * named by the time it was written and a random id, so the files sort in order and never collide. Nothing is sent.
 *
 * <p>A file appears whole or not at all: it is written under a temporary name in the same folder and then renamed
 * atomically. The files hold personal data (an address and the words of a message); on POSIX systems they are
 * readable only by the account that runs the service. The folder is created when missing. The host logs
 * {@link #folder()} so that people know where to look; nothing here logs an address or a message.
 */
public final class MailDropSender implements MailSender {

    /** The sender shown in the files: the programme's name beside an address that can receive nothing. */
    static final String DROP_ADDRESS = "mail-drop@bettercaretogether.invalid";

    /** How a file's name starts: when it was written, to the millisecond, so that the names sort in that order. */
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    /** How every file's name ends; a file being written ends otherwise until it is whole. */
    static final String SUFFIX = ".eml";

    private final Path folder;
    private final Session session;
    private final InternetAddress from;

    public MailDropSender(MailDropSettings settings) {
        this.folder = Objects.requireNonNull(settings, "settings").folder();
        this.session = Session.getInstance(new Properties());
        this.from = PlainTextMail.sender(DROP_ADDRESS, SmtpSettings.DEFAULT_FROM_NAME);
    }

    /** Where the messages are written (an absolute path). */
    public Path folder() {
        return folder;
    }

    @Override
    public void send(EmailAddress to, String subject, String body) {
        send(to, subject, body, Optional.empty());
    }

    @Override
    public void send(EmailAddress to, String subject, String body, Optional<URI> unsubscribe) {
        MimeMessage message = PlainTextMail.composeOrRefuse(session, from, to, subject, body, unsubscribe, "Mail not written");
        try {
            write(message);
        } catch (IOException | MessagingException failure) {
            // File-system failures name paths made of the time and a random id, never an address.
            throw new MailNotSentException("Mail not written to the mail drop folder " + folder + " ("
                    + PlainTextMail.describe(failure, to) + ")", failure);
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        if (!Files.isDirectory(folder)) { // asking first spares an exception per message once it is there
            Files.createDirectories(folder);
        }
        Path partial = Files.createTempFile(folder, ".", ".eml.part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                message.writeTo(out);
            }
            Files.move(partial, folder.resolve(fileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException | RuntimeException failure) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
            throw failure;
        }
    }

    private static String fileName() {
        return STAMP.format(Instant.now()) + "-" + UUID.randomUUID() + SUFFIX;
    }
}
