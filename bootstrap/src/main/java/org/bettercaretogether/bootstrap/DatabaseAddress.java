package org.bettercaretogether.bootstrap;

import org.bettercaretogether.core.ConfigurationException;

import java.util.Objects;

/**
 * Where an external PostgreSQL is, and how to sign in to it. The password never appears in {@link #toString()},
 * so the address can be logged.
 */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    public DatabaseAddress {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationException("BCT_DATABASE_URL must be a PostgreSQL JDBC URL starting with jdbc:postgresql:");
        }
        if (user == null || user.isBlank()) {
            throw new ConfigurationException("BCT_DATABASE_USER is required when BCT_DATABASE_URL is set");
        }
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "DatabaseAddress[jdbcUrl=" + jdbcUrl.replaceAll("password=[^&]*", "password=***") + ", user=" + user + "]";
    }
}
