package org.bettercaretogether.mail;

import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the installation's SMTP server and whom the programme's messages come from. The password never
 * appears in {@link #toString()}, so the settings can be logged.
 *
 * @param host           the server's host name
 * @param port           its port: 587 for submission with STARTTLS, 25 for a relay on the local network
 * @param username       the account to sign in with, when the server asks for one
 * @param password       its password: present exactly when {@code username} is
 * @param startTls       whether the connection must be secured with STARTTLS before anything is sent; when true,
 *                       a server that cannot secure it receives nothing
 * @param from           the address messages come from (a no-reply address of the programme, not personal data)
 * @param fromName       the name shown beside it, normally {@value #DEFAULT_FROM_NAME}
 * @param connectTimeout how long to wait for the server to answer the connection
 * @param readTimeout    how long to wait for each of its replies (and for each write to it)
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
                           boolean startTls, EmailAddress from, String fromName, Duration connectTimeout,
                           Duration readTimeout) {

    /** The name the public sees as the sender. */
    public static final String DEFAULT_FROM_NAME = "Better Care Together";

    /** How long to wait for the server by default, on connecting and on each reply. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        host = host.strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the SMTP host must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be a port number from 1 to 65535");
        }
        username = Objects.requireNonNull(username, "username").map(String::strip).filter(name -> !name.isEmpty());
        password = Objects.requireNonNull(password, "password").filter(secret -> !secret.isEmpty());
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("an SMTP username and password must be given together, or neither");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        fromName = fromName.strip();
        if (fromName.isEmpty()) {
            throw new IllegalArgumentException("the sender's name must not be blank");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
    }

    /** Settings with the programme's name as sender and the default timeouts. */
    public SmtpSettings(String host, int port, Optional<String> username, Optional<String> password, boolean startTls,
                        EmailAddress from) {
        this(host, port, username, password, startTls, from, DEFAULT_FROM_NAME, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** Whether the server is to be signed in to. */
    public boolean authenticates() {
        return username.isPresent();
    }

    /** The same settings with other timeouts. */
    public SmtpSettings withTimeouts(Duration connect, Duration read) {
        return new SmtpSettings(host, port, username, password, startTls, from, fromName, connect, read);
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("-")
                + ", password=" + (password.isPresent() ? "***" : "-") + ", startTls=" + startTls
                + ", fromName=" + fromName + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static void requirePositive(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be above zero and below 24 days");
        }
    }
}
