package org.bettercaretogether.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextMailTest {

    private static final EmailAddress RESIDENT = new EmailAddress("resident@example.org");

    @Test
    void a_server_reply_that_quotes_an_address_is_described_without_it() {
        MessagingException rejected = new MessagingException(
                "550 5.1.1 <Resident@Example.org>: Recipient address rejected; also copied to clerk@council.example");
        SendFailedException failure = new SendFailedException("Invalid Addresses", rejected);

        String described = PlainTextMail.describe(failure, RESIDENT);

        assertThat(described)
                .isEqualTo("SendFailedException: Invalid Addresses; caused by MessagingException: 550 5.1.1 "
                        + "<[address]>: Recipient address rejected; also copied to [address]")
                .doesNotContainIgnoringCase("resident").doesNotContain("clerk");
    }

    @Test
    void a_description_stays_on_one_line() {
        String described = PlainTextMail.describe(new MessagingException("421 closing\r\nbye"), RESIDENT);

        assertThat(described).isEqualTo("MessagingException: 421 closing bye");
    }
}
