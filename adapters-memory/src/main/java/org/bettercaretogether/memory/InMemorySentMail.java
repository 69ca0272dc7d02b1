package org.bettercaretogether.memory;

import org.bettercaretogether.application.mail.SentMailCopies;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Copies of mail sent, kept in memory: none unless a test keeps some, as an installation with a mail server keeps
 * none (the in-memory mailbox stands for that server). For tests of what the service does with copies it holds.
 */
public final class InMemorySentMail implements SentMailCopies {

    private record Kept(EmailAddress to, SentCopy copy) {
    }

    private final List<Kept> kept = new ArrayList<>();

    /** Keeps a copy of a message written to {@code to}. */
    public synchronized void keep(EmailAddress to, SentCopy copy) {
        kept.add(new Kept(to, copy));
    }

    @Override
    public synchronized List<SentCopy> to(EmailAddress to) {
        return kept.stream().filter(copy -> copy.to().equals(to)).map(Kept::copy)
                .sorted(Comparator.comparing(SentCopy::writtenAt)).toList();
    }

    @Override
    public synchronized int forget(EmailAddress to) {
        int before = kept.size();
        kept.removeIf(copy -> copy.to().equals(to));
        return before - kept.size();
    }

    @Override
    public synchronized int forgetWrittenBefore(Instant before, int most) {
        List<Kept> old = kept.stream().filter(copy -> copy.copy().writtenAt().isBefore(before))
                .sorted(Comparator.comparing((Kept copy) -> copy.copy().writtenAt())).limit(most).toList();
        kept.removeAll(old);
        return old.size();
    }
}
