package org.bettercaretogether.bootstrap;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How this installation runs. Read from environment variables, over an optional properties file named by
 * {@code BCT_CONFIG_FILE} that uses the same names; the environment wins.
 *
 * @param port          the HTTP port ({@code BCT_PORT}, default 7070; 0 picks a free one)
 * @param dataDirectory where the embedded PostgreSQL keeps its data ({@code BCT_DATA_DIR}, default {@code ./data})
 * @param database      an external PostgreSQL ({@code BCT_DATABASE_URL}, {@code _USER}, {@code _PASSWORD}); when
 *                      absent, the embedded one is started
 */
public record Configuration(int port, Path dataDirectory, Optional<DatabaseAddress> database) {

    public static final int DEFAULT_PORT = 7070;

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
        Map<String, String> settings = new HashMap<>();
        Optional.ofNullable(environment.get("BCT_CONFIG_FILE")).filter(name -> !name.isBlank())
                .map(Path::of).ifPresent(file -> settings.putAll(readFile(file)));
        environment.forEach((name, value) -> {
            if (name.startsWith("BCT_") && value != null && !value.isBlank()) {
                settings.put(name, value.strip());
            }
        });
        Optional<DatabaseAddress> database = Optional.ofNullable(settings.get("BCT_DATABASE_URL"))
                .map(url -> new DatabaseAddress(url, settings.get("BCT_DATABASE_USER"), settings.get("BCT_DATABASE_PASSWORD")));
        return new Configuration(port(settings.get("BCT_PORT")), Path.of(settings.getOrDefault("BCT_DATA_DIR", "data")),
                database);
    }

    public Configuration withPort(int newPort) {
        return new Configuration(newPort, dataDirectory, database);
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
