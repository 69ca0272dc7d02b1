package org.bettercaretogether.memory;

import org.bettercaretogether.application.mail.HeldMail;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutboxBacklog;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.mail.UndeliveredMail;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail outbox held in memory, with the rules of the PostgreSQL adapter: a claim holds a message until it runs out
 * or the message is marked, and a message given up on waits aside until it is sent again. Its records join the
 * transactions of {@link InMemoryAdapters}, though, like the database's, each call takes effect at once outside one.
 */
public final class InMemoryOutbox implements Outbox {

    /** A message with where it stands: claimed until when, and given up on when and why. */
    private record Stored(OutgoingMail mail, Optional<Instant> claimedUntil, Optional<Instant> givenUpAt,
                          Optional<String> reason) {

        Stored waiting(OutgoingMail again) {
            return new Stored(again, Optional.empty(), Optional.empty(), reason);
        }

        boolean claimable(Instant now) {
            return givenUpAt.isEmpty() && !mail.dueAt().isAfter(now)
                    && claimedUntil.map(until -> !until.isAfter(now)).orElse(true);
        }

        UndeliveredMail undelivered() {
            return new UndeliveredMail(mail.id(), mail.to(), mail.subject(), mail.createdAt(), mail.attempts(),
                    givenUpAt.orElseThrow(), reason.orElseThrow());
        }
    }

    /** Due soonest first, then oldest written; messages written at the same moment in the order they were added. */
    private final InMemoryRecords<UUID, Stored> messages = new InMemoryRecords<>(
            stored -> stored.mail().id(), stored -> 1, (stored, version) -> stored,
            Comparator.comparing((Stored stored) -> stored.mail().dueAt())
                    .thenComparing(stored -> stored.mail().createdAt()));

    InMemoryRecords<?, ?> records() {
        return messages;
    }

    @Override
    public void add(OutgoingMail mail) {
        messages.add(new Stored(mail, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Override
    public List<OutgoingMail> claimDue(Instant now, int limit, Instant claimedUntil) {
        synchronized (messages) {
            List<Stored> claimed = messages.all().stream().filter(stored -> stored.claimable(now)).limit(limit)
                    .toList();
            claimed.forEach(stored -> messages.replace(new Stored(stored.mail(), Optional.of(claimedUntil),
                    Optional.empty(), stored.reason())));
            return claimed.stream().map(Stored::mail).toList();
        }
    }

    @Override
    public void sent(UUID id) {
        messages.remove(id);
    }

    @Override
    public void failed(UUID id, int attempts, Instant retryAt, String reason) {
        messages.find(id).ifPresent(stored -> messages.replace(new Stored(
                attempted(stored.mail(), attempts, retryAt), Optional.empty(), Optional.empty(), Optional.of(reason))));
    }

    @Override
    public void giveUp(UUID id, int attempts, Instant at, String reason) {
        messages.find(id).ifPresent(stored -> messages.replace(new Stored(
                attempted(stored.mail(), attempts, stored.mail().dueAt()), Optional.empty(), Optional.of(at),
                Optional.of(reason))));
    }

    @Override
    public void release(Collection<UUID> ids) {
        ids.forEach(id -> messages.find(id).ifPresent(stored -> messages.replace(stored.waiting(stored.mail()))));
    }

    @Override
    public List<UndeliveredMail> undelivered(Optional<UndeliveredPosition> after, int limit) {
        return messages.all().stream().filter(stored -> stored.givenUpAt().isPresent()).map(Stored::undelivered)
                .filter(mail -> after.map(position -> comesAfter(mail, position)).orElse(true))
                .sorted(Comparator.comparing(UndeliveredMail::givenUpAt)
                        .thenComparing(mail -> mail.id().toString()).reversed())
                .limit(limit).toList();
    }

    private static boolean comesAfter(UndeliveredMail mail, UndeliveredPosition position) {
        int byTime = mail.givenUpAt().compareTo(position.givenUpAt());
        // Ties are broken as PostgreSQL orders UUIDs (byte by byte, as their text), not as UUID.compareTo does.
        return byTime < 0 || byTime == 0 && mail.id().toString().compareTo(position.id().toString()) < 0;
    }

    @Override
    public Optional<UndeliveredMail> sendAgain(UUID id, Instant now) {
        Optional<Stored> undelivered = messages.find(id).filter(stored -> stored.givenUpAt().isPresent());
        undelivered.ifPresent(stored -> messages.replace(stored.waiting(attempted(stored.mail(), 0, now))));
        return undelivered.map(Stored::undelivered);
    }

    @Override
    public int forget(EmailAddress to) {
        List<Stored> toForget = messages.all().stream().filter(stored -> stored.mail().to().equals(to)).toList();
        toForget.forEach(stored -> messages.remove(stored.mail().id()));
        return toForget.size();
    }

    @Override
    public List<HeldMail> heldFor(EmailAddress to) {
        return messages.all().stream().filter(stored -> stored.mail().to().equals(to))
                .sorted(Comparator.comparing((Stored stored) -> stored.mail().createdAt()))
                .map(stored -> new HeldMail(stored.mail(), stored.givenUpAt())).toList();
    }

    @Override
    public int waiting() {
        return (int) messages.all().stream().filter(stored -> stored.givenUpAt().isEmpty()).count();
    }

    @Override
    public OutboxBacklog backlog(Instant now) {
        List<OutgoingMail> waiting = messages.all().stream().filter(stored -> stored.givenUpAt().isEmpty())
                .map(Stored::mail).toList();
        Duration oldest = waiting.stream().map(OutgoingMail::createdAt).min(Comparator.naturalOrder())
                .map(createdAt -> Duration.between(createdAt, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
        return new OutboxBacklog(waiting.size(), oldest, messages.all().size() - waiting.size());
    }

    /** Every message held, waiting or not, due soonest first: for tests that look behind the use cases. */
    public List<OutgoingMail> all() {
        return messages.all().stream().map(Stored::mail).toList();
    }

    private static OutgoingMail attempted(OutgoingMail mail, int attempts, Instant dueAt) {
        return new OutgoingMail(mail.id(), mail.to(), mail.subject(), mail.body(), mail.createdAt(), attempts, dueAt,
                mail.unsubscribe());
    }

    /** See {@code ExpiredRecords#removeMailGivenUpBefore}: given up on longest ago first. */
    int removeMailGivenUpBefore(Instant givenUpBefore, int most) {
        List<Stored> due = messages.all().stream()
                .filter(stored -> stored.givenUpAt().filter(at -> at.isBefore(givenUpBefore)).isPresent())
                .sorted(Comparator.comparing((Stored stored) -> stored.givenUpAt().orElseThrow()))
                .limit(most).toList();
        due.forEach(stored -> messages.remove(stored.mail().id()));
        return due.size();
    }
}
