package org.bettercaretogether.mail;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where {@link MailDropSender} writes messages when no SMTP server is configured. The folder need not exist yet.
 *
 * @param folder the folder, kept as an absolute path so that a log line saying where mail goes is unambiguous
 */
public record MailDropSettings(Path folder) {

    public MailDropSettings {
        folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
    }
}
