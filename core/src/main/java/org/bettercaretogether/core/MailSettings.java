package org.bettercaretogether.core;

import org.bettercaretogether.application.follow.FollowSettings;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.mail.SmtpSettings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the service's mail goes, how often the outbox is emptied, and how often a message is tried.
 *
 * @param smtp             the SMTP server ({@code BCT_SMTP_HOST} and the other {@code BCT_SMTP_*} settings); when
 *                         absent, messages are written as files to {@code mailDrop} instead
 * @param mailDrop         the folder for messages when there is no SMTP server ({@code BCT_MAIL_DROP_DIR}, default
 *                         {@code mail-drop} in the data directory)
 * @param deliveryInterval how long between two runs of the delivery of due messages ({@code BCT_MAIL_INTERVAL},
 *                         default 10s)
 * @param maximumAttempts  how many times sending a message may fail before the outbox gives up on it and leaves it for
 *                         an administrator ({@code BCT_MAIL_MAX_ATTEMPTS}, default 8: about two hours of retries)
 * @param siteAddress      where the public reaches the site, which the links in mails start with
 *                         ({@code BCT_SITE_ADDRESS}, default {@code http://localhost:7070})
 * @param perSecond        the most messages this node hands to the mail server in a second, after a first second's
 *                         worth at once ({@code BCT_MAIL_PER_SECOND}, default 20)
 */
public record MailSettings(Optional<SmtpSettings> smtp, Path mailDrop, Duration deliveryInterval,
                           int maximumAttempts, URI siteAddress, int perSecond) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);
    public static final URI DEFAULT_SITE_ADDRESS = FollowSettings.LOCAL;

    public MailSettings {
        mailDrop = mailDrop.toAbsolutePath().normalize();
        if (deliveryInterval.isNegative() || deliveryInterval.isZero()) {
            throw new ConfigurationException("BCT_MAIL_INTERVAL must be a positive duration");
        }
        if (maximumAttempts < 1 || maximumAttempts > 100) {
            throw new ConfigurationException("BCT_MAIL_MAX_ATTEMPTS must be from 1 to 100");
        }
        try {
            new FollowSettings(siteAddress);
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            throw new ConfigurationException("BCT_SITE_ADDRESS must be an absolute http or https address");
        }
        if (perSecond < 1 || perSecond > DeliverySettings.MOST_PER_SECOND) {
            throw new ConfigurationException("BCT_MAIL_PER_SECOND must be from 1 to " + DeliverySettings.MOST_PER_SECOND);
        }
    }

    /** These settings, at the default pace of delivery. */
    public MailSettings(Optional<SmtpSettings> smtp, Path mailDrop, Duration deliveryInterval, int maximumAttempts,
                        URI siteAddress) {
        this(smtp, mailDrop, deliveryInterval, maximumAttempts, siteAddress, DeliverySettings.DEFAULT_PER_SECOND);
    }

    /** No SMTP server: messages are written to {@code mail-drop} in the data directory. */
    public static MailSettings mailDropIn(Path dataDirectory) {
        return new MailSettings(Optional.empty(), dataDirectory.resolve("mail-drop"), DEFAULT_INTERVAL,
                DeliverySettings.DEFAULT_MAXIMUM_ATTEMPTS, DEFAULT_SITE_ADDRESS);
    }

    /** The same settings with mail sent to {@code server}, emptying the outbox every {@code interval}. */
    public MailSettings withSmtp(SmtpSettings server, Duration interval) {
        return new MailSettings(Optional.of(server), mailDrop, interval, maximumAttempts, siteAddress, perSecond);
    }

    /** How following by email links back to the site. */
    FollowSettings follow() {
        return new FollowSettings(siteAddress);
    }

    /** How the application delivers mail: the attempts and pace set here, with the lease on claimed messages. */
    DeliverySettings delivery() {
        return new DeliverySettings(maximumAttempts, DeliverySettings.DEFAULT_LEASE, perSecond);
    }
}
