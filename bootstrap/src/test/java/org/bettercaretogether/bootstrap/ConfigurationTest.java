package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.core.ConfigurationException;
import org.bettercaretogether.persistence.DatabaseTimeouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationTest {

    @Test
    void with_nothing_set_it_serves_on_7070_with_the_embedded_database_in_data() {
        Configuration configuration = Configuration.from(Map.of());

        assertThat(configuration.port()).isEqualTo(7070);
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(configuration.database()).isEmpty();
        assertThat(configuration.cacheStaleness()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void the_staleness_of_answers_kept_in_memory_is_set_as_a_duration() {
        assertThat(Configuration.from(Map.of("BCT_CACHE_STALENESS", "5s")).cacheStaleness())
                .isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_CACHE_STALENESS", "a moment")))
                .hasMessageContaining("BCT_CACHE_STALENESS");
    }

    @Test
    void the_database_timeouts_default_to_2_10_and_15_s_and_are_set_as_durations() {
        assertThat(Configuration.from(Map.of()).databaseTimeouts()).isEqualTo(new DatabaseTimeouts(
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(15)));
        assertThat(Configuration.from(Map.of("BCT_DATABASE_CONNECTION_TIMEOUT", "5s",
                "BCT_DATABASE_STATEMENT_TIMEOUT", "1m", "BCT_DATABASE_SOCKET_TIMEOUT", "2m")).databaseTimeouts())
                .isEqualTo(new DatabaseTimeouts(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(2)));
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_DATABASE_SOCKET_TIMEOUT", "5s")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_DATABASE_");
    }

    @Test
    void a_stop_keeps_taking_connections_for_2_s_then_drains_for_up_to_20_s_unless_told_otherwise() {
        Configuration defaults = Configuration.from(Map.of());
        assertThat(defaults.stopGrace()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.drainTime()).isEqualTo(Duration.ofSeconds(20));

        Configuration set = Configuration.from(Map.of("BCT_STOP_GRACE", "10s", "BCT_STOP_DRAIN", "1m"));
        assertThat(set.stopGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(set.drainTime()).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_STOP_DRAIN", "until done")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_STOP_DRAIN");
    }

    @Test
    void the_three_database_variables_point_it_at_an_external_postgresql() {
        Configuration configuration = Configuration.from(Map.of(
                "BCT_DATABASE_URL", "jdbc:postgresql://db.internal:5432/bct",
                "BCT_DATABASE_USER", "bct", "BCT_DATABASE_PASSWORD", "s3cret-value"));

        assertThat(configuration.database()).hasValueSatisfying(database -> {
            assertThat(database.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/bct");
            assertThat(database.user()).isEqualTo("bct");
            assertThat(database.password()).isEqualTo("s3cret-value");
            assertThat(database.toString()).doesNotContain("s3cret-value");
        });
    }

    @Test
    void a_properties_file_gives_settings_and_the_environment_overrides_it(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bct.properties");
        Files.writeString(file, "BCT_PORT=8081\nBCT_DATA_DIR=/var/lib/bct\n");

        Configuration configuration = Configuration.from(Map.of("BCT_CONFIG_FILE", file.toString(), "BCT_PORT", "9090"));

        assertThat(configuration.port()).isEqualTo(9090);
        assertThat(configuration.dataDirectory()).isEqualTo(Path.of("/var/lib/bct"));
    }

    @Test
    void timeouts_and_limits_are_read_in_plain_units() {
        Configuration configuration = Configuration.from(Map.of(
                "BCT_SESSION_IDLE_TIMEOUT", "20m", "BCT_SESSION_ABSOLUTE_TIMEOUT", "8h",
                "BCT_LIMIT_SIGN_INS_PER_ADDRESS", "50/1h", "BCT_LIMIT_FAILED_SIGN_INS_PER_ACCOUNT", "3/30m",
                "BCT_LIMIT_PUBLIC_SUBMISSIONS_PER_ADDRESS", "10/45s", "BCT_TOKEN_LIFETIME", "30d",
                "BCT_TRUST_FORWARDED_HEADERS", "true"));

        assertThat(configuration.security().sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(configuration.security().sessionAbsoluteTimeout()).isEqualTo(Duration.ofHours(8));
        assertThat(configuration.security().signInsPerSource()).isEqualTo(new Limit(50, Duration.ofHours(1)));
        assertThat(configuration.security().failedSignInsPerAccount()).isEqualTo(new Limit(3, Duration.ofMinutes(30)));
        assertThat(configuration.security().publicPostsPerSource()).isEqualTo(new Limit(10, Duration.ofSeconds(45)));
        assertThat(configuration.security().tokenLifetime()).isEqualTo(Duration.ofDays(30));
        assertThat(configuration.security().maximumTokenLifetime())
                .isEqualTo(SecuritySettings.defaults().maximumTokenLifetime());
        assertThat(configuration.trustForwardedHeaders()).isTrue();
        assertThat(Configuration.from(Map.of()).security()).isEqualTo(SecuritySettings.defaults());
    }

    @Test
    void unusable_settings_are_refused_with_the_setting_named() {
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_SESSION_IDLE_TIMEOUT", "soon")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_SESSION_IDLE_TIMEOUT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_LIMIT_SIGN_INS_PER_ADDRESS", "0/1m")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_LIMIT_SIGN_INS_PER_ADDRESS");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_LIMIT_SIGN_INS_PER_ADDRESS", "20")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_LIMIT_SIGN_INS_PER_ADDRESS");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_PORT", "seventy")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_PORT", "70000")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_DATABASE_URL", "jdbc:mysql://x/y", "BCT_DATABASE_USER", "u")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_DATABASE_URL");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_DATABASE_URL", "jdbc:postgresql://x/y")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_DATABASE_USER");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_CONFIG_FILE", "/no/such/file.properties")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_CONFIG_FILE");
    }

    @Test
    void without_an_smtp_server_mail_goes_to_a_folder_in_the_data_directory_every_ten_seconds() {
        Configuration configuration = Configuration.from(Map.of("BCT_DATA_DIR", "/var/lib/bct"));

        assertThat(configuration.mail().smtp()).isEmpty();
        assertThat(configuration.mail().mailDrop()).isEqualTo(Path.of("/var/lib/bct/mail-drop"));
        assertThat(configuration.mail().deliveryInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(configuration.mail().maximumAttempts()).isEqualTo(8);
        assertThat(configuration.feedback().responseTargetWorkingDays()).isEqualTo(20);
    }

    @Test
    void the_attempts_at_a_message_before_the_outbox_gives_up_on_it_can_be_set_from_one_to_a_hundred() {
        assertThat(Configuration.from(Map.of("BCT_MAIL_MAX_ATTEMPTS", "12")).mail().maximumAttempts()).isEqualTo(12);
        for (String wrong : new String[] {"0", "101", "many"}) {
            assertThatThrownBy(() -> Configuration.from(Map.of("BCT_MAIL_MAX_ATTEMPTS", wrong)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_MAIL_MAX_ATTEMPTS");
        }
    }

    @Test
    void the_smtp_variables_name_the_server_its_account_and_the_sender() {
        Configuration configuration = Configuration.from(Map.of(
                "BCT_SMTP_HOST", "smtp.example.nhs.uk", "BCT_SMTP_PORT", "2525", "BCT_SMTP_USERNAME", "bct",
                "BCT_SMTP_PASSWORD", "mail-s3cret", "BCT_SMTP_STARTTLS", "false",
                "BCT_MAIL_FROM", "no-reply@example.nhs.uk", "BCT_MAIL_INTERVAL", "30s",
                "BCT_RESPONSE_TARGET_WORKING_DAYS", "15"));

        assertThat(configuration.mail().smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.host()).isEqualTo("smtp.example.nhs.uk");
            assertThat(smtp.port()).isEqualTo(2525);
            assertThat(smtp.username()).contains("bct");
            assertThat(smtp.startTls()).isFalse();
            assertThat(smtp.from().value()).isEqualTo("no-reply@example.nhs.uk");
            assertThat(smtp.toString()).doesNotContain("mail-s3cret");
        });
        assertThat(configuration.mail().deliveryInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(configuration.feedback().responseTargetWorkingDays()).isEqualTo(15);
    }

    @Test
    void an_smtp_server_without_a_sender_or_with_a_bad_setting_is_refused_with_the_variable_named() {
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_SMTP_HOST", "smtp.example.nhs.uk")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_MAIL_FROM");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_SMTP_HOST", "smtp.example.nhs.uk",
                "BCT_MAIL_FROM", "not an address")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_MAIL_FROM");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_SMTP_HOST", "smtp.example.nhs.uk",
                "BCT_MAIL_FROM", "no-reply@example.nhs.uk", "BCT_SMTP_PORT", "seventy")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_SMTP_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_SMTP_HOST", "smtp.example.nhs.uk",
                "BCT_MAIL_FROM", "no-reply@example.nhs.uk", "BCT_SMTP_USERNAME", "bct")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_SMTP_");
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_RESPONSE_TARGET_WORKING_DAYS", "0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_RESPONSE_TARGET_WORKING_DAYS");
    }

    @Test
    void personal_data_is_kept_as_the_privacy_notice_says_unless_each_time_is_set_and_retries_follow_their_setting() {
        Configuration defaults = Configuration.from(Map.of());
        Configuration set = Configuration.from(Map.ofEntries(
                Map.entry("BCT_RETENTION_VIEW_CONTACT_DETAILS", "730d"), Map.entry("BCT_RETENTION_REGISTRATIONS", "7d"),
                Map.entry("BCT_RETENTION_UNDELIVERED_MAIL", "14d"), Map.entry("BCT_RETENTION_MAIL_DROP", "2d"),
                Map.entry("BCT_RETENTION_IDEMPOTENCY_KEYS", "48h"),
                Map.entry("BCT_RETENTION_ENDED_API_TOKENS", "1d"), Map.entry("BCT_RETENTION_INTERVAL", "15m")));

        assertThat(defaults.retention()).isEqualTo(RetentionSettings.defaults());
        assertThat(defaults.retention().viewContactDetails()).isEqualTo(Duration.ofDays(365));
        assertThat(defaults.retention().registrations()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.retention().answersForRetries()).isEqualTo(Duration.ofHours(24));
        assertThat(set.retention()).isEqualTo(new RetentionSettings(Duration.ofDays(730), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(2), Duration.ofHours(48), Duration.ofDays(1),
                Duration.ofMinutes(15)));
        assertThat(set.feedback().replaysKeptFor()).as("a retry is answered as long as its answer is kept")
                .isEqualTo(Duration.ofHours(48));
        assertThat(Configuration.unknownSettings(Map.of("BCT_RETENTION_MAIL_DROP", "2d"))).isEmpty();
        assertThatThrownBy(() -> Configuration.from(Map.of("BCT_RETENTION_REGISTRATIONS", "a month")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BCT_RETENTION_REGISTRATIONS");
    }
}
