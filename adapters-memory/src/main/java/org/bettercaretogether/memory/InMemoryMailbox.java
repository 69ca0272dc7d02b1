package org.bettercaretogether.memory;

import org.bettercaretogether.application.mail.MailSender;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.util.ArrayList;
import java.util.List;

/**
 * A mail sender that keeps every message it is handed, for tests; it can be told to refuse, as a mail server that is
 * down would, or to refuse for good, as one that knows no such mailbox would.
 */
public final class InMemoryMailbox implements MailSender {

    /** One message handed over. */
    public record Sent(EmailAddress to, String subject, String body) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean refusing;
    private volatile boolean refusingForGood;

    @Override
    public synchronized void send(EmailAddress to, String subject, String body) {
        if (refusingForGood) {
            throw MailNotSentException.refusedForGood("550 no such mailbox here");
        }
        if (refusing) {
            throw new MailNotSentException("the test mail server is refusing mail", null);
        }
        sent.add(new Sent(to, subject, body));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The messages sent to one address. */
    public synchronized List<Sent> sentTo(String address) {
        return sent.stream().filter(mail -> mail.to().value().equalsIgnoreCase(address)).toList();
    }

    /** Refuses every message for now (or takes them again). */
    public void refuse(boolean refuse) {
        this.refusing = refuse;
    }

    /** Refuses every message for good (or takes them again). */
    public void refuseForGood(boolean refuse) {
        this.refusingForGood = refuse;
    }
}
