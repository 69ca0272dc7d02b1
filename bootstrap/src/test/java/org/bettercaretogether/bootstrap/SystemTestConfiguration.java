package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.security.Limit;
import org.bettercaretogether.application.security.SecuritySettings;
import org.bettercaretogether.core.MailSettings;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.mail.SmtpSettings;
import org.bettercaretogether.persistence.testing.TestDatabases;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The configuration system tests run the service with: the embedded database in {@code dataDirectory}, mail to a test
 * SMTP server on {@code smtpPort} delivered every 200 ms, and room for the many public submissions a test makes from
 * one address (the limit is tested on its own elsewhere).
 */
public final class SystemTestConfiguration {

    private SystemTestConfiguration() {
    }

    public static Configuration withTestSmtp(Path dataDirectory, int smtpPort) {
        SmtpSettings server = new SmtpSettings("localhost", smtpPort, Optional.empty(), Optional.empty(), false,
                new EmailAddress("no-reply@bettercaretogether.example"));
        return Configuration.embedded(0, dataDirectory).withSecurity(roomForSubmissions(1_000))
                .withMail(MailSettings.mailDropIn(dataDirectory).withSmtp(server, Duration.ofMillis(200)));
    }

    /**
     * The default security settings, except that one address may make {@code submissions} public submissions in 10
     * minutes, as many of them registrations for one meeting as it likes.
     */
    public static SecuritySettings roomForSubmissions(int submissions) {
        SecuritySettings defaults = SecuritySettings.defaults();
        Limit room = new Limit(submissions, Duration.ofMinutes(10));
        return new SecuritySettings(defaults.sessionIdleTimeout(), defaults.sessionAbsoluteTimeout(),
                defaults.signInsPerSource(), defaults.failedSignInsPerAccount(), room, defaults.tokenLifetime(),
                defaults.maximumTokenLifetime(), room);
    }

    /**
     * {@code configuration} on a database of the tests' shared PostgreSQL server instead of an embedded one of its
     * own: {@code database}, made by {@link TestDatabases#createMigrated}, has its schema already. A system test that
     * does not test the embedded database itself is spared starting a cluster and migrating it, some seconds of the
     * build's two cores each. The test closes the database after the service.
     */
    public static Configuration onSharedServer(org.bettercaretogether.persistence.testing.TestDatabase database,
                                               Configuration configuration) {
        return configuration.withDatabase(new DatabaseAddress(database.jdbcUrl(), database.user(),
                database.password()));
    }
}
