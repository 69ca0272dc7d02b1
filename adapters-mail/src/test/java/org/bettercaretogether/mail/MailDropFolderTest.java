package org.bettercaretogether.mail;

import org.bettercaretogether.application.mail.SentMailCopies.SentCopy;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail-drop folder as the copies of mail sent: found by address, forgotten by address, and forgotten when old. */
class MailDropFolderTest {

    private static final EmailAddress JO = new EmailAddress("jo.bloggs@example.org");
    private static final EmailAddress SAM = new EmailAddress("sam.jones@example.org");

    @TempDir
    Path folder;

    @Test
    void finds_the_copies_written_to_an_address_oldest_first_with_their_words_and_no_one_else_s() throws IOException {
        MailDropSender sender = new MailDropSender(new MailDropSettings(folder));
        sender.send(JO, "Your view was received", "Thank you, café and all.\nWe will read it.");
        sender.send(SAM, "Your registration", "See you there.");
        sender.send(new EmailAddress("JO.Bloggs@example.org"), "Your view was published", "It is online.");

        List<SentCopy> copies = new MailDropFolder(new MailDropSettings(folder)).to(JO);

        assertThat(copies).extracting(SentCopy::subject)
                .containsExactly("Your view was received", "Your view was published");
        assertThat(copies.getFirst().body()).isEqualTo("Thank you, café and all.\nWe will read it.");
        assertThat(copies.getFirst().writtenAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        assertThat(copies.getFirst().toString()).doesNotContain("view", "Thank");
    }

    @Test
    void forgets_every_copy_written_to_an_address_and_leaves_the_others_and_any_message_still_being_written()
            throws IOException {
        MailDropSender sender = new MailDropSender(new MailDropSettings(folder));
        sender.send(JO, "Your view was received", "Thank you.");
        sender.send(JO, "Your view was answered", "Read the answer.");
        sender.send(SAM, "Your registration", "See you there.");
        Path beingWritten = Files.writeString(folder.resolve(".partial.eml.part"), "To: jo.bloggs@example.org");
        MailDropFolder copies = new MailDropFolder(new MailDropSettings(folder));

        int forgotten = copies.forget(JO);

        assertThat(forgotten).isEqualTo(2);
        assertThat(copies.to(JO)).isEmpty();
        assertThat(copies.to(SAM)).hasSize(1);
        assertThat(beingWritten).exists();
    }

    @Test
    void forgets_copies_written_before_a_moment_oldest_first_and_no_more_than_asked() throws IOException {
        Path sent = written(JO);
        Instant now = Instant.parse("2027-03-01T09:00:00Z");
        Path oldest = stamped(sent, "20270101T090000.000Z");
        Path older = stamped(sent, "20270115T090000.000Z");
        Path atTheMoment = stamped(sent, "20270129T090000.000Z");
        Path namedElsewhere = Files.copy(sent, folder.resolve("saved-by-hand.eml"));
        Files.setLastModifiedTime(namedElsewhere, FileTime.from(now.minus(Duration.ofDays(60))));
        Files.delete(sent);
        MailDropFolder copies = new MailDropFolder(new MailDropSettings(folder));
        Instant before = Instant.parse("2027-01-29T09:00:00Z");

        int first = copies.forgetWrittenBefore(before, 2);
        List<Path> leftAfterFirst = files();
        int second = copies.forgetWrittenBefore(before, 2);

        assertThat(first).isEqualTo(2);
        assertThat(leftAfterFirst).as("the two written first went: one named by hand, changed 60 days ago, and the "
                + "oldest by its name").containsExactlyInAnyOrder(older, atTheMoment);
        assertThat(second).isOne();
        assertThat(files()).containsExactly(atTheMoment);
        assertThat(oldest).doesNotExist();
    }

    @Test
    void a_folder_never_written_to_holds_no_copies() {
        MailDropFolder copies = new MailDropFolder(new MailDropSettings(folder.resolve("not-yet")));

        assertThat(copies.to(JO)).isEmpty();
        assertThat(copies.forget(JO)).isZero();
        assertThat(copies.forgetWrittenBefore(Instant.now(), 10)).isZero();
    }

    private Path written(EmailAddress to) throws IOException {
        new MailDropSender(new MailDropSettings(folder)).send(to, "Your view was received", "Thank you.");
        return files().getFirst();
    }

    private Path stamped(Path message, String stamp) throws IOException {
        return Files.copy(message, folder.resolve(stamp + "-" + UUID.randomUUID() + ".eml"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
