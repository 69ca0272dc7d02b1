package org.bettercaretogether.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The messages {@link MailDropSender} wrote, as the copies of mail sent that the service keeps: found by the address
 * they were written to, removed on erasure, and removed once written longer ago than such copies are kept. A file is
 * known to have been written when its name says (the stamp {@link MailDropSender} gives it), or else when it was last
 * changed. Only whole messages are read ({@code .eml}); a folder that does not exist holds none. Nothing here logs or
 * throws an address: a file that cannot be read or removed is named by its path alone, made of a time and a random id.
 */
public final class MailDropFolder implements SentMailCopies {

    private static final int STAMP_LENGTH = "uuuuMMddTHHmmss.SSSZ".length();

    private final Path folder;
    private final Session session;

    public MailDropFolder(MailDropSettings settings) {
        this.folder = Objects.requireNonNull(settings, "settings").folder();
        this.session = Session.getInstance(new Properties());
    }

    @Override
    public List<SentCopy> to(EmailAddress to) {
        List<SentCopy> copies = new ArrayList<>();
        for (Path file : messages()) {
            MimeMessage message = read(file);
            if (isTo(message, to)) {
                copies.add(copy(file, message));
            }
        }
        return copies;
    }

    @Override
    public int forget(EmailAddress to) {
        int removed = 0;
        for (Path file : messages()) {
            if (isTo(read(file), to)) {
                removed += remove(file);
            }
        }
        return removed;
    }

    @Override
    public int forgetWrittenBefore(Instant before, int most) {
        int removed = 0;
        for (Path file : messages()) {
            if (removed == most || !writtenAt(file).isBefore(before)) {
                break; // oldest first: the rest were written later still
            }
            removed += remove(file);
        }
        return removed;
    }

    /** The whole messages in the folder, oldest written first; none when there is no folder. */
    private List<Path> messages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder, "*" + MailDropSender.SUFFIX)) {
            listed.forEach(file -> {
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                    files.add(file);
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("The mail drop folder " + folder + " cannot be read", failure);
        }
        files.sort(Comparator.comparing(MailDropFolder::writtenAt).thenComparing(Path::getFileName));
        return files;
    }

    private static Instant writtenAt(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > STAMP_LENGTH) {
            try {
                return MailDropSender.STAMP.parse(name.substring(0, STAMP_LENGTH), Instant::from);
            } catch (DateTimeParseException notStamped) {
                // named by someone else: when it was last changed will do
            }
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException failure) {
            throw new UncheckedIOException("The mail drop file " + file + " cannot be read", failure);
        }
    }

    private MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(session, in);
        } catch (IOException | MessagingException failure) {
            throw new IllegalStateException("The mail drop file " + file + " cannot be read as a message");
        }
    }

    private static boolean isTo(MimeMessage message, EmailAddress to) {
        try {
            return Arrays.stream(Objects.requireNonNullElse(message.getRecipients(Message.RecipientType.TO),
                            new Address[0]))
                    .filter(InternetAddress.class::isInstance)
                    .map(address -> ((InternetAddress) address).getAddress())
                    .anyMatch(address -> address != null && address.equalsIgnoreCase(to.value()));
        } catch (MessagingException unreadable) {
            return false; // no address that can be read is no address of the person's
        }
    }

    private static SentCopy copy(Path file, MimeMessage message) {
        try {
            Object content = message.getContent();
            String body = content instanceof String text ? text.replace("\r\n", "\n") : "";
            return new SentCopy(writtenAt(file), Objects.requireNonNullElse(message.getSubject(), ""), body);
        } catch (IOException | MessagingException failure) {
            throw new IllegalStateException("The mail drop file " + file + " cannot be read as a message");
        }
    }

    /** Removes a file; answers 1, or 0 when it went meanwhile (removed by another run). */
    private static int remove(Path file) {
        try {
            Files.delete(file);
            return 1;
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException failure) {
            throw new UncheckedIOException("The mail drop file " + file + " cannot be removed", failure);
        }
    }
}
