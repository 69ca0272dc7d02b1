package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.feedback.FeedbackSettings;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.privacy.RetentionSettings;
import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.core.ConfigurationException;
import org.bettercaretogether.core.MailSettings;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.mail.SmtpSettings;
import org.bettercaretogether.persistence.DatabaseTimeouts;
import org.bettercaretogether.persistence.DatabaseVersion;
import org.bettercaretogether.web.platform.WebSettings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How this installation runs. Read from environment variables, over an optional properties file named by
 * {@code BCT_CONFIG_FILE} that uses the same names; the environment wins.
 *
 * @param port          the HTTP port ({@code BCT_PORT}, default 7070; 0 picks a free one)
 * @param dataDirectory where the embedded PostgreSQL keeps its data ({@code BCT_DATA_DIR}, default {@code ./data})
 * @param database      an external PostgreSQL ({@code BCT_DATABASE_URL}, {@code _USER}, {@code _PASSWORD}); when
 *                      absent, the embedded one is started
 * @param security      session timeouts, token lifetimes and rate limits ({@code BCT_SESSION_*}, {@code BCT_LIMIT_*},
 *                      {@code BCT_TOKEN_*})
 * @param trustForwardedHeaders whether a reverse proxy's X-Forwarded-Proto and X-Forwarded-For are believed
 *                      ({@code BCT_TRUST_FORWARDED_HEADERS}, default false)
 * @param mail          the SMTP server, or the mail-drop folder used without one ({@code BCT_SMTP_*},
 *                      {@code BCT_MAIL_*}), and the site's address the links in mails start with
 *                      ({@code BCT_SITE_ADDRESS})
 * @param feedback      the response target in working days ({@code BCT_RESPONSE_TARGET_WORKING_DAYS}, default 20)
 * @param cacheStaleness how long a page kept in memory may go on showing data that another node or process has
 *                      changed ({@code BCT_CACHE_STALENESS}, default 1s); this node's own changes show at once
 * @param databaseTimeouts how long the service waits for a connection ({@code BCT_DATABASE_CONNECTION_TIMEOUT},
 *                      default 2s), lets a statement run ({@code BCT_DATABASE_STATEMENT_TIMEOUT}, default 10s) and waits
 *                      for a silent server ({@code BCT_DATABASE_SOCKET_TIMEOUT}, default 15s, longer than the statement
 *                      timeout); see {@link DatabaseTimeouts}
 * @param stopGrace     once asked to stop, how long the service goes on taking new connections while its readiness
 *                      answers 503 ({@code BCT_STOP_GRACE}, default 2s)
 * @param drainTime     once it refuses new connections, how long the requests in flight have to finish
 *                      ({@code BCT_STOP_DRAIN}, default 20s)
 * @param operations    the metrics' token, the log format and the access log ({@code BCT_METRICS_TOKEN},
 *                      {@code BCT_LOG_FORMAT}, {@code BCT_ACCESS_LOG}); see {@link OperationsSettings}
 * @param retention     how long personal data is kept and how often what is past its time is removed
 *                      ({@code BCT_RETENTION_*}); see {@link RetentionSettings}. The answers kept for retries of
 *                      requests with an idempotency key are kept as long as it says, for replay as for removal
 */
public record Configuration(int port, Path dataDirectory, Optional<DatabaseAddress> database,
                            SecuritySettings security, boolean trustForwardedHeaders, MailSettings mail,
                            FeedbackSettings feedback, Duration cacheStaleness, DatabaseTimeouts databaseTimeouts,
                            Duration stopGrace, Duration drainTime, OperationsSettings operations,
                            RetentionSettings retention) {

    public static final int DEFAULT_PORT = 7070;
    /** How long a stopping service goes on taking connections, while its readiness says 503, unless told otherwise. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(2);
    private static final Pattern DURATION = Pattern.compile("([1-9][0-9]{0,6})([smhd])");
    /** Every setting this service reads; any other {@code BCT_} name is a mistake to warn about. */
    static final Set<String> SETTINGS = Set.of("BCT_CONFIG_FILE", "BCT_PORT", "BCT_DATA_DIR", "BCT_DATABASE_URL",
            "BCT_DATABASE_USER", "BCT_DATABASE_PASSWORD", "BCT_SESSION_IDLE_TIMEOUT", "BCT_SESSION_ABSOLUTE_TIMEOUT",
            "BCT_LIMIT_SIGN_INS_PER_ADDRESS", "BCT_LIMIT_FAILED_SIGN_INS_PER_ACCOUNT",
            "BCT_LIMIT_PUBLIC_SUBMISSIONS_PER_ADDRESS", "BCT_LIMIT_REGISTRATIONS_PER_ADDRESS_PER_MEETING", "BCT_TOKEN_LIFETIME", "BCT_TOKEN_MAXIMUM_LIFETIME",
            "BCT_TRUST_FORWARDED_HEADERS", "BCT_MAIL_DROP_DIR", "BCT_MAIL_INTERVAL", "BCT_MAIL_MAX_ATTEMPTS",
            "BCT_MAIL_PER_SECOND",
            "BCT_SMTP_HOST", "BCT_SMTP_PORT", "BCT_SMTP_USERNAME", "BCT_SMTP_PASSWORD", "BCT_SMTP_STARTTLS",
            "BCT_MAIL_FROM", "BCT_RESPONSE_TARGET_WORKING_DAYS", "BCT_CACHE_STALENESS",
            "BCT_DATABASE_CONNECTION_TIMEOUT", "BCT_DATABASE_STATEMENT_TIMEOUT", "BCT_DATABASE_SOCKET_TIMEOUT",
            "BCT_STOP_GRACE", "BCT_STOP_DRAIN", "BCT_METRICS_TOKEN", "BCT_LOG_FORMAT", "BCT_ACCESS_LOG",
            "BCT_RETENTION_VIEW_CONTACT_DETAILS", "BCT_RETENTION_REGISTRATIONS", "BCT_RETENTION_UNDELIVERED_MAIL",
            "BCT_RETENTION_MAIL_DROP", "BCT_RETENTION_IDEMPOTENCY_KEYS", "BCT_RETENTION_ENDED_API_TOKENS",
            "BCT_RETENTION_INTERVAL", "BCT_SITE_ADDRESS");

    public Configuration {
        if (port < 0 || port > 65_535) {
            throw new ConfigurationException("BCT_PORT must be a port number from 0 to 65535");
        }
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** The configuration of this process's environment. */
    public static Configuration fromEnvironment() {
        return from(System.getenv());
    }

    /** The configuration given by {@code environment}, over the file it may name. */
    public static Configuration from(Map<String, String> environment) {
        Map<String, String> settings = settings(environment);
        Optional<DatabaseAddress> database = Optional.ofNullable(settings.get("BCT_DATABASE_URL"))
                .map(url -> new DatabaseAddress(url, settings.get("BCT_DATABASE_USER"), settings.get("BCT_DATABASE_PASSWORD")));
        SecuritySettings defaults = SecuritySettings.defaults();
        SecuritySettings security = new SecuritySettings(
                duration(settings, "BCT_SESSION_IDLE_TIMEOUT", defaults.sessionIdleTimeout()),
                duration(settings, "BCT_SESSION_ABSOLUTE_TIMEOUT", defaults.sessionAbsoluteTimeout()),
                limit(settings, "BCT_LIMIT_SIGN_INS_PER_ADDRESS", defaults.signInsPerSource()),
                limit(settings, "BCT_LIMIT_FAILED_SIGN_INS_PER_ACCOUNT", defaults.failedSignInsPerAccount()),
                limit(settings, "BCT_LIMIT_PUBLIC_SUBMISSIONS_PER_ADDRESS", defaults.publicPostsPerSource()),
                duration(settings, "BCT_TOKEN_LIFETIME", defaults.tokenLifetime()),
                duration(settings, "BCT_TOKEN_MAXIMUM_LIFETIME", defaults.maximumTokenLifetime()),
                limit(settings, "BCT_LIMIT_REGISTRATIONS_PER_ADDRESS_PER_MEETING",
                        defaults.registrationsPerSourceForMeeting()));
        boolean trustForwarded = Boolean.parseBoolean(settings.getOrDefault("BCT_TRUST_FORWARDED_HEADERS", "false"));
        Path dataDirectory = Path.of(settings.getOrDefault("BCT_DATA_DIR", "data"));
        RetentionSettings retention = retention(settings);
        return new Configuration(port(settings.get("BCT_PORT")), dataDirectory, database, security, trustForwarded,
                mail(settings, dataDirectory), feedback(settings, retention),
                duration(settings, "BCT_CACHE_STALENESS", DatabaseVersion.DEFAULT_STALENESS), databaseTimeouts(settings),
                duration(settings, "BCT_STOP_GRACE", DEFAULT_STOP_GRACE),
                duration(settings, "BCT_STOP_DRAIN", WebSettings.DEFAULT_DRAIN_TIME), OperationsSettings.from(settings),
                retention);
    }

    /**
     * The names of the {@code BCT_} settings in {@code environment} (or the file it names) that this service does not
     * read, in order: a misspelt name would otherwise be ignored without a word. Only the names: a value may be secret.
     */
    public static List<String> unknownSettings(Map<String, String> environment) {
        return settings(environment).keySet().stream().filter(name -> !SETTINGS.contains(name)).sorted().toList();
    }

    /** The settings of the file {@code environment} names, overridden by its own {@code BCT_} variables. */
    static Map<String, String> settings(Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>();
        Optional.ofNullable(environment.get("BCT_CONFIG_FILE")).filter(name -> !name.isBlank())
                .map(Path::of).ifPresent(file -> settings.putAll(readFile(file)));
        environment.forEach((name, value) -> {
            if (name.startsWith("BCT_") && value != null && !value.isBlank()) {
                settings.put(name, value.strip());
            }
        });
        return settings;
    }

    private static DatabaseTimeouts databaseTimeouts(Map<String, String> settings) {
        DatabaseTimeouts defaults = DatabaseTimeouts.DEFAULTS;
        try {
            return new DatabaseTimeouts(
                    duration(settings, "BCT_DATABASE_CONNECTION_TIMEOUT", defaults.connection()),
                    duration(settings, "BCT_DATABASE_STATEMENT_TIMEOUT", defaults.statement()),
                    duration(settings, "BCT_DATABASE_SOCKET_TIMEOUT", defaults.socket()));
        } catch (IllegalArgumentException outOfRange) {
            throw new ConfigurationException("BCT_DATABASE_*_TIMEOUT: " + outOfRange.getMessage());
        }
    }

    private static MailSettings mail(Map<String, String> settings, Path dataDirectory) {
        Path mailDrop = Optional.ofNullable(settings.get("BCT_MAIL_DROP_DIR")).map(Path::of)
                .orElse(dataDirectory.resolve("mail-drop"));
        Duration interval = duration(settings, "BCT_MAIL_INTERVAL", MailSettings.DEFAULT_INTERVAL);
        int attempts = number(settings, "BCT_MAIL_MAX_ATTEMPTS", DeliverySettings.DEFAULT_MAXIMUM_ATTEMPTS);
        int perSecond = number(settings, "BCT_MAIL_PER_SECOND", DeliverySettings.DEFAULT_PER_SECOND);
        String host = settings.get("BCT_SMTP_HOST");
        URI site = siteAddress(settings);
        if (host == null) {
            return new MailSettings(Optional.empty(), mailDrop, interval, attempts, site, perSecond);
        }
        String from = settings.get("BCT_MAIL_FROM");
        if (from == null) {
            throw new ConfigurationException("BCT_MAIL_FROM must name the address mail comes from when BCT_SMTP_HOST is set");
        }
        try {
            SmtpSettings smtp = new SmtpSettings(host, number(settings, "BCT_SMTP_PORT", 587),
                    Optional.ofNullable(settings.get("BCT_SMTP_USERNAME")),
                    Optional.ofNullable(settings.get("BCT_SMTP_PASSWORD")),
                    Boolean.parseBoolean(settings.getOrDefault("BCT_SMTP_STARTTLS", "true")), new EmailAddress(from));
            return new MailSettings(Optional.of(smtp), mailDrop, interval, attempts, site, perSecond);
        } catch (InvalidValueException badAddress) {
            throw new ConfigurationException("BCT_MAIL_FROM " + badAddress.rule());
        } catch (IllegalArgumentException badSetting) {
            throw new ConfigurationException("BCT_SMTP_*: " + badSetting.getMessage());
        }
    }

    private static URI siteAddress(Map<String, String> settings) {
        try {
            return Optional.ofNullable(settings.get("BCT_SITE_ADDRESS")).map(URI::create)
                    .orElse(MailSettings.DEFAULT_SITE_ADDRESS);
        } catch (IllegalArgumentException notAnAddress) {
            throw new ConfigurationException("BCT_SITE_ADDRESS must be an absolute http or https address");
        }
    }

    private static RetentionSettings retention(Map<String, String> settings) {
        RetentionSettings defaults = RetentionSettings.defaults();
        return new RetentionSettings(
                duration(settings, "BCT_RETENTION_VIEW_CONTACT_DETAILS", defaults.viewContactDetails()),
                duration(settings, "BCT_RETENTION_REGISTRATIONS", defaults.registrations()),
                duration(settings, "BCT_RETENTION_UNDELIVERED_MAIL", defaults.undeliveredMail()),
                duration(settings, "BCT_RETENTION_MAIL_DROP", defaults.mailDropFiles()),
                duration(settings, "BCT_RETENTION_IDEMPOTENCY_KEYS", defaults.answersForRetries()),
                duration(settings, "BCT_RETENTION_ENDED_API_TOKENS", defaults.endedApiTokens()),
                duration(settings, "BCT_RETENTION_INTERVAL", defaults.runEvery()));
    }

    private static FeedbackSettings feedback(Map<String, String> settings, RetentionSettings retention) {
        FeedbackSettings defaults = FeedbackSettings.defaults();
        try {
            return new FeedbackSettings(number(settings, "BCT_RESPONSE_TARGET_WORKING_DAYS",
                    defaults.responseTargetWorkingDays()), retention.answersForRetries());
        } catch (IllegalArgumentException outOfRange) {
            throw new ConfigurationException("BCT_RESPONSE_TARGET_WORKING_DAYS: " + outOfRange.getMessage());
        }
    }

    private static int number(Map<String, String> settings, String name, int otherwise) {
        String text = settings.get(name);
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationException(name + " must be a whole number, not '" + text + "'");
        }
    }

    /**
     * The defaults, with a port and an embedded database in {@code dataDirectory}: for tests and embedding. It stops
     * with no grace period: whoever embeds it knows when traffic stops coming (see {@link #withStop}).
     */
    public static Configuration embedded(int port, Path dataDirectory) {
        return new Configuration(port, dataDirectory, Optional.empty(), SecuritySettings.defaults(), false,
                MailSettings.mailDropIn(dataDirectory), FeedbackSettings.defaults(), DatabaseVersion.DEFAULT_STALENESS,
                DatabaseTimeouts.DEFAULTS, Duration.ZERO, WebSettings.DEFAULT_DRAIN_TIME, OperationsSettings.defaults(),
                RetentionSettings.defaults());
    }

    /** The same configuration with other mail settings. */
    public Configuration withMail(MailSettings otherMail) {
        return new Configuration(port, dataDirectory, database, security, trustForwardedHeaders, otherMail, feedback,
                cacheStaleness, databaseTimeouts, stopGrace, drainTime, operations, retention);
    }

    /** The same configuration on the PostgreSQL server at {@code otherDatabase} instead. */
    public Configuration withDatabase(DatabaseAddress otherDatabase) {
        return new Configuration(port, dataDirectory, Optional.of(otherDatabase), security, trustForwardedHeaders, mail,
                feedback, cacheStaleness, databaseTimeouts, stopGrace, drainTime, operations, retention);
    }

    /** The same configuration keeping personal data for other times. */
    public Configuration withRetention(RetentionSettings otherRetention) {
        return new Configuration(port, dataDirectory, database, security, trustForwardedHeaders, mail,
                new FeedbackSettings(feedback.responseTargetWorkingDays(), otherRetention.answersForRetries()),
                cacheStaleness, databaseTimeouts, stopGrace, drainTime, operations, otherRetention);
    }

    /** The same configuration waiting for the database as {@code otherTimeouts} say. */
    public Configuration withDatabaseTimeouts(DatabaseTimeouts otherTimeouts) {
        return new Configuration(port, dataDirectory, database, security, trustForwardedHeaders, mail, feedback,
                cacheStaleness, otherTimeouts, stopGrace, drainTime, operations, retention);
    }

    /** The same configuration with other settings for operators. */
    public Configuration withOperations(OperationsSettings otherOperations) {
        return new Configuration(port, dataDirectory, database, security, trustForwardedHeaders, mail, feedback,
                cacheStaleness, databaseTimeouts, stopGrace, drainTime, otherOperations, retention);
    }

    /** The same configuration with other security settings. */
    public Configuration withSecurity(SecuritySettings otherSecurity) {
        return new Configuration(port, dataDirectory, database, otherSecurity, trustForwardedHeaders, mail, feedback,
                cacheStaleness, databaseTimeouts, stopGrace, drainTime, operations, retention);
    }

    /** The same configuration, stopping with {@code grace} before refusing connections and {@code drain} for the rest. */
    public Configuration withStop(Duration grace, Duration drain) {
        return new Configuration(port, dataDirectory, database, security, trustForwardedHeaders, mail, feedback,
                cacheStaleness, databaseTimeouts, grace, drain, operations, retention);
    }

    private static int port(String text) {
        if (text == null) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationException("BCT_PORT must be a port number from 0 to 65535, not '" + text + "'");
        }
    }

    /** A duration such as {@code 30m}, {@code 12h}, {@code 90d} or {@code 45s}. */
    static Duration duration(Map<String, String> settings, String name, Duration otherwise) {
        String text = settings.get(name);
        return text == null ? otherwise : duration(name, text);
    }

    private static Duration duration(String name, String text) {
        Matcher parts = DURATION.matcher(text);
        if (!parts.matches()) {
            throw new ConfigurationException(name + " must be a duration such as 45s, 30m, 12h or 90d, not '" + text + "'");
        }
        long amount = Long.parseLong(parts.group(1));
        return switch (parts.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** A limit such as {@code 20/15m}: at most 20 in any 15 minutes. */
    static Limit limit(Map<String, String> settings, String name, Limit otherwise) {
        String text = settings.get(name);
        if (text == null) {
            return otherwise;
        }
        int slash = text.indexOf('/');
        try {
            int count = Integer.parseInt(text.substring(0, Math.max(slash, 0)));
            if (count < 1) {
                throw new NumberFormatException();
            }
            return new Limit(count, duration(name, text.substring(slash + 1)));
        } catch (NumberFormatException | StringIndexOutOfBoundsException malformed) {
            throw new ConfigurationException(name + " must be a count and a duration such as 20/15m, not '" + text + "'");
        }
    }

    private static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new ConfigurationException("BCT_CONFIG_FILE names " + file + ", which cannot be read: " + unreadable.getMessage());
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name).strip()));
        return settings;
    }
}
