package org.bettercaretogether.mail;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.MailSender.MailNotSentException;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailDropSenderTest {

    private static final EmailAddress RESIDENT = new EmailAddress("resident@example.org");
    private static final String SUBJECT = "Your view about the café in Kendal";
    private static final String BODY = "Thank you for sharing your view.\nParking at the café costs £2 — we heard you.";

    @TempDir
    Path temporary;

    @Test
    void writes_the_message_as_an_eml_file_a_mail_client_can_open_creating_the_folder() throws Exception {
        Path folder = temporary.resolve("data").resolve("mail-drop");
        MailDropSender sender = new MailDropSender(new MailDropSettings(folder));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        sender.send(RESIDENT, SUBJECT, BODY);

        List<Path> files = filesIn(folder);
        assertThat(files).hasSize(1);
        assertThat(files.getFirst().getFileName().toString())
                .matches("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f-]{36}\\.eml");
        MimeMessage message = read(files.getFirst());
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(RESIDENT.value());
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Better Care Together");
        assertThat(message.getSentDate().toInstant()).isBetween(before, Instant.now());
        assertThat(message.getMessageID()).isNotBlank();
    }

    @Test
    void each_message_gets_a_file_of_its_own_and_no_temporary_file_is_left_behind() throws IOException {
        MailDropSender sender = new MailDropSender(new MailDropSettings(temporary));

        for (int count = 1; count <= 5; count++) {
            sender.send(RESIDENT, SUBJECT + " " + count, BODY);
        }

        List<Path> files = filesIn(temporary);
        assertThat(files).hasSize(5).allSatisfy(file -> assertThat(file.getFileName().toString())
                .endsWith(".eml").doesNotStartWith("."));
    }

    @Test
    void answers_the_folder_it_writes_to_as_an_absolute_path() {
        MailDropSender sender = new MailDropSender(new MailDropSettings(Path.of("target", "..", "target", "mail-drop")));

        assertThat(sender.folder()).isAbsolute().isEqualTo(Path.of("target/mail-drop").toAbsolutePath());
    }

    @Test
    void a_folder_that_cannot_be_created_gives_mail_not_sent_without_the_address() throws IOException {
        Path aFile = Files.writeString(temporary.resolve("not-a-folder"), "in the way");
        MailDropSender sender = new MailDropSender(new MailDropSettings(aFile.resolve("mail-drop")));

        assertThatThrownBy(() -> sender.send(RESIDENT, SUBJECT, BODY))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("mail drop folder")
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("resident", "café"));
        assertThat(filesIn(temporary)).containsExactly(aFile);
    }

    @Test
    void an_address_the_mail_library_cannot_read_is_refused_without_being_named() throws IOException {
        MailDropSender sender = new MailDropSender(new MailDropSettings(temporary));

        assertThatThrownBy(() -> sender.send(new EmailAddress("jane<doe@example.org"), SUBJECT, BODY))
                .isInstanceOf(MailNotSentException.class)
                .hasNoCause()
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("jane", "doe", "example.org"));
        assertThat(filesIn(temporary)).isEmpty();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
