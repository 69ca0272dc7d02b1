package org.bettercaretogether.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures of the SMTP server refuse a message for good, as Jakarta Mail reports them: a permanent reply to the
 * message's recipient or words, found however deep the library nests it; not a passing one, and not a refusal of the
 * installation's sign-in or sender, which every message would meet until someone puts it right.
 */
class SmtpRefusalsTest {

    private static final InternetAddress RESIDENT = address("resident@example.org");
    private static final InternetAddress SERVICE = address("no-reply@bettercaretogether.example");

    @Test
    void a_permanent_refusal_of_the_recipient_is_for_good_however_deep_the_library_nests_it() {
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(recipientRefused(550)))).isTrue();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(recipientRefused(553)))).isTrue();
        assertThat(SmtpMailSender.refusedForGood(recipientRefused(550))).isTrue();
    }

    @Test
    void a_passing_refusal_of_the_recipient_is_not_for_good_nor_is_552_which_means_a_full_mailbox() {
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(recipientRefused(451)))).isFalse();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(recipientRefused(452)))).isFalse();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(recipientRefused(552)))).isFalse();
    }

    @Test
    void a_permanent_refusal_of_the_words_is_for_good_and_a_passing_one_is_not() {
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(wordsRefused(".", 554)))).isTrue();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(wordsRefused("DATA", 550)))).isTrue();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(wordsRefused(".", 451)))).isFalse();
    }

    @Test
    void a_refusal_of_the_installation_is_never_for_good() {
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(wordsRefused("MAIL FROM:<" + SERVICE.getAddress()
                + ">", 553)))).isFalse();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(new SMTPSenderFailedException(SERVICE,
                "MAIL FROM:<" + SERVICE.getAddress() + ">", 550, "550 5.7.1 sender not allowed")))).isFalse();
        assertThat(SmtpMailSender.refusedForGood(asTransportSends(wordsRefused("AUTH LOGIN", 535)))).isFalse();
        assertThat(SmtpMailSender.refusedForGood(new AuthenticationFailedException("535 5.7.8 credentials invalid")))
                .isFalse();
        assertThat(SmtpMailSender.refusedForGood(new MessagingException("connection dropped"))).isFalse();
    }

    private static SMTPAddressFailedException recipientRefused(int reply) {
        return new SMTPAddressFailedException(RESIDENT, "RCPT TO:<" + RESIDENT.getAddress() + ">", reply,
                reply + " the server's words about " + RESIDENT.getAddress());
    }

    private static SMTPSendFailedException wordsRefused(String command, int reply) {
        return new SMTPSendFailedException(command, reply, reply + " refused", null, null, null, null);
    }

    /** As {@code Transport.send} reports a refusal: wrapped twice, the refusal as the next exception of each. */
    private static SendFailedException asTransportSends(MessagingException refusal) {
        return new SendFailedException("Sending failed", new SendFailedException("Invalid Addresses", refusal));
    }

    private static InternetAddress address(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (MessagingException notAnAddress) {
            throw new IllegalArgumentException(notAnAddress);
        }
    }
}
