package org.bettercaretogether.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bettercaretogether.application.mail.MailSender.MailNotSentException;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmtpMailSenderTest {

    private static final String USER = "bct-mailer";
    private static final String PASSWORD = "correct-horse-battery";
    private static final EmailAddress FROM = new EmailAddress("no-reply@bettercaretogether.example");
    private static final EmailAddress RESIDENT = new EmailAddress("resident@example.org");
    private static final String SUBJECT = "Your view about the café in Kendal";
    private static final String BODY = "Thank you for sharing your view.\nParking at the café costs £2 — we heard you.";

    /** A fresh server on a free port for each test, stopped after it whether the test passed or not. */
    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer@bettercaretogether.example", USER, PASSWORD));

    @Test
    void a_message_arrives_at_the_smtp_server_with_its_subject_body_recipient_and_sender() throws Exception {
        new SmtpMailSender(settings(Optional.empty(), Optional.empty())).send(RESIDENT, SUBJECT, BODY);

        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Address::toString)
                .containsExactly(RESIDENT.value());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(FROM.value());
        assertThat(from.getPersonal()).isEqualTo("Better Care Together");
        assertThat(message.getSentDate()).isNotNull();
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void a_message_a_subscription_brought_carries_the_one_click_unsubscribe_headers_and_any_other_carries_none()
            throws Exception {
        SmtpMailSender sender = new SmtpMailSender(settings(Optional.empty(), Optional.empty()));
        URI unsubscribe = URI.create("https://bettercaretogether.example/unsubscribe/bctu_token");

        sender.send(RESIDENT, SUBJECT, BODY, Optional.of(unsubscribe));
        sender.send(RESIDENT, SUBJECT, BODY);

        MimeMessage[] received = SERVER.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getHeader("List-Unsubscribe"))
                .containsExactly("<https://bettercaretogether.example/unsubscribe/bctu_token>");
        assertThat(received[0].getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received[1].getHeader("List-Unsubscribe")).isNull();
        assertThat(received[1].getHeader("List-Unsubscribe-Post")).isNull();
    }

    @Test
    void signs_in_with_the_username_and_password_when_they_are_given() {
        new SmtpMailSender(settings(Optional.of(USER), Optional.of(PASSWORD))).send(RESIDENT, SUBJECT, BODY);

        assertThat(SERVER.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_refused_sign_in_sends_nothing_and_the_failure_names_neither_address_nor_words() {
        SmtpMailSender sender = new SmtpMailSender(settings(Optional.of(USER), Optional.of("wrong-password")));

        MailNotSentException failure = catchThrowableOfType(MailNotSentException.class,
                () -> sender.send(RESIDENT, SUBJECT, BODY));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("AuthenticationFailedException");
        assertNothingPersonalIn(failure);
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_server_that_is_not_listening_fails_quickly_without_naming_the_address() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpSettings nowhere = new SmtpSettings("localhost", closedPort, Optional.empty(), Optional.empty(), false,
                FROM).withTimeouts(Duration.ofMillis(500), Duration.ofMillis(500));
        SmtpMailSender sender = new SmtpMailSender(nowhere);

        long started = System.nanoTime();
        MailNotSentException failure = catchThrowableOfType(MailNotSentException.class,
                () -> sender.send(RESIDENT, SUBJECT, BODY));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure).isNotNull();
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(failure.getMessage()).contains("could not connect", "localhost:" + closedPort);
        assertNothingPersonalIn(failure);
    }

    @Test
    void with_starttls_required_a_server_that_cannot_secure_the_connection_receives_nothing() {
        SmtpSettings secured = new SmtpSettings("localhost", SERVER.getSmtp().getPort(), Optional.empty(),
                Optional.empty(), true, FROM).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

        assertThatThrownBy(() -> new SmtpMailSender(secured).send(RESIDENT, SUBJECT, BODY))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("STARTTLS")
                .satisfies(SmtpMailSenderTest::assertNothingPersonalIn);
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_address_the_mail_library_cannot_read_is_refused_without_being_named() {
        EmailAddress unreadable = new EmailAddress("jane<doe@example.org");
        SmtpMailSender sender = new SmtpMailSender(settings(Optional.empty(), Optional.empty()));

        assertThatThrownBy(() -> sender.send(unreadable, SUBJECT, BODY))
                .isInstanceOf(MailNotSentException.class)
                .hasMessageContaining("could not be composed")
                .hasNoCause()
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("jane", "doe", "example.org"));
        assertThat(SERVER.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_line_break_in_the_subject_cannot_add_a_header() throws Exception {
        new SmtpMailSender(settings(Optional.empty(), Optional.empty()))
                .send(RESIDENT, "Your view\r\nBcc: someone@example.org", BODY);

        MimeMessage message = SERVER.getReceivedMessages()[0];
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(message.getSubject()).isEqualTo("Your view Bcc: someone@example.org");
    }

    private static SmtpSettings settings(Optional<String> username, Optional<String> password) {
        return new SmtpSettings("localhost", SERVER.getSmtp().getPort(), username, password, false, FROM);
    }

    private static void assertNothingPersonalIn(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            assertThat(current.getMessage()).doesNotContain(RESIDENT.value(), "resident", "café", "Parking");
        }
    }
}
