package org.bettercaretogether.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.bettercaretogether.application.follow.FollowSettings;
import org.bettercaretogether.application.mail.DeliverySettings;
import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.mail.MailDropFolder;
import org.bettercaretogether.mail.MailDropSender;
import org.bettercaretogether.mail.MailDropSettings;
import org.bettercaretogether.mail.SmtpMailSender;

/**
 * The mail adapter: the configured SMTP server, or without one the mail-drop folder, so that a fresh installation
 * still keeps every message it would have sent where a person can read it; and how often the delivery tries a message.
 */
public final class MailModule extends AbstractModule {

    private final MailSettings settings;

    public MailModule(MailSettings settings) {
        this.settings = settings;
    }

    @Provides
    @Singleton
    MailSender sender() {
        return settings.smtp().<MailSender>map(SmtpMailSender::new)
                .orElseGet(() -> new MailDropSender(new MailDropSettings(settings.mailDrop())));
    }

    /** The mail-drop folder's copies, whether or not mail now goes to a server: those written before it are kept too. */
    @Provides
    @Singleton
    SentMailCopies sentMailCopies() {
        return new MailDropFolder(new MailDropSettings(settings.mailDrop()));
    }

    @Provides
    DeliverySettings delivery() {
        return settings.delivery();
    }

    @Provides
    FollowSettings follow() {
        return settings.follow();
    }
}
