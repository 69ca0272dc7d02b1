package org.bettercaretogether.bootstrap;

import org.bettercaretogether.core.ConfigurationException;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How operators watch the service.
 *
 * @param metricsToken the bearer token that opens {@code /metrics} ({@code BCT_METRICS_TOKEN}); without one the
 *                     address does not exist
 * @param logFormat    how log lines are written ({@code BCT_LOG_FORMAT}, {@code text} by default or {@code json})
 * @param accessLog    whether a line is logged for every request, on the {@code bct.access} logger
 *                     ({@code BCT_ACCESS_LOG}, default false)
 */
public record OperationsSettings(Optional<String> metricsToken, LogFormat logFormat, boolean accessLog) {

    /** The shortest token accepted: long enough not to be guessed. */
    static final int SHORTEST_TOKEN = 16;

    /** How log lines are written. */
    public enum LogFormat {
        /** A line of text: time, level, logger, request id, message. */
        TEXT,
        /** One JSON object a line, for a log collector. */
        JSON
    }

    public OperationsSettings {
        if (metricsToken.isPresent() && metricsToken.get().length() < SHORTEST_TOKEN) {
            throw new ConfigurationException("BCT_METRICS_TOKEN must be at least " + SHORTEST_TOKEN
                    + " characters long");
        }
    }

    /** No metrics, text logs, no access log. */
    public static OperationsSettings defaults() {
        return new OperationsSettings(Optional.empty(), LogFormat.TEXT, false);
    }

    static OperationsSettings from(Map<String, String> settings) {
        String format = settings.getOrDefault("BCT_LOG_FORMAT", "text");
        LogFormat logFormat = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new ConfigurationException("BCT_LOG_FORMAT must be text or json, not '" + format + "'");
        };
        return new OperationsSettings(Optional.ofNullable(settings.get("BCT_METRICS_TOKEN")), logFormat,
                Boolean.parseBoolean(settings.getOrDefault("BCT_ACCESS_LOG", "false")));
    }
}
