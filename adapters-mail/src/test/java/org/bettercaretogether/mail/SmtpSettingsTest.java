package org.bettercaretogether.mail;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SmtpSettingsTest {

    private static final EmailAddress FROM = new EmailAddress("no-reply@bettercaretogether.example");

    @Test
    void sends_as_better_care_together_and_waits_ten_seconds_unless_told_otherwise() {
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, Optional.empty(), Optional.empty(), true, FROM);

        assertThat(settings.fromName()).isEqualTo("Better Care Together");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.authenticates()).isFalse();
    }

    @Test
    void the_password_never_appears_when_the_settings_are_logged() {
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, Optional.of("bct-mailer"),
                Optional.of("s3cret-pa55"), true, FROM);

        assertThat(settings.authenticates()).isTrue();
        assertThat(settings.toString()).contains("smtp.example.org", "587", "bct-mailer").doesNotContain("s3cret-pa55");
    }

    @Test
    void a_username_without_a_password_or_a_password_without_a_username_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SmtpSettings("smtp.example.org", 587, Optional.of("bct-mailer"), Optional.empty(), true, FROM));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SmtpSettings("smtp.example.org", 587, Optional.empty(), Optional.of("s3cret"), true, FROM));
    }

    @Test
    void a_blank_host_an_impossible_port_or_a_timeout_of_zero_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SmtpSettings(" ", 587, Optional.empty(), Optional.empty(), true, FROM));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SmtpSettings("smtp.example.org", 0, Optional.empty(), Optional.empty(), true, FROM));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SmtpSettings("smtp.example.org", 65_536, Optional.empty(), Optional.empty(), true, FROM));
        SmtpSettings settings = new SmtpSettings("smtp.example.org", 587, Optional.empty(), Optional.empty(), true, FROM);
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
