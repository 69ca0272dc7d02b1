package org.bettercaretogether.memory;

import org.bettercaretogether.application.follow.Subscriptions;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.follow.SubscriptionId;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Subscriptions and the notices they were mailed, held in memory. Their records join the transactions of
 * {@link InMemoryAdapters}, which run one at a time, so a notice noted twice is refused the second time as the
 * database's key refuses it.
 */
public final class InMemorySubscriptions implements Subscriptions {

    private final InMemoryRecords<SubscriptionId, Subscription> subscriptions = new InMemoryRecords<>(
            Subscription::id, subscription -> 1, (subscription, version) -> subscription,
            Comparator.comparing(Subscription::askedAt).thenComparing(subscription -> subscription.id().toString()));
    private final InMemoryRecords<Mailed, Mailed> mailed = new InMemoryRecords<>(
            notice -> notice, notice -> 1, (notice, version) -> notice, Comparator.comparing(Mailed::toString));

    private final InMemoryRecords<Digest, Digest> digests = new InMemoryRecords<>(
            digest -> digest, digest -> 1, (digest, version) -> digest, Comparator.comparing(Digest::toString));

    /** One weekly digest noted for one subscription. */
    private record Digest(SubscriptionId subscription, LocalDate week) {
    }

    /** One notice mailed to one subscription. */
    private record Mailed(SubscriptionId subscription, ConsultationId consultation, Notice notice) {
    }

    List<InMemoryRecords<?, ?>> records() {
        return List.of(subscriptions, mailed, digests);
    }

    @Override
    public void add(Subscription subscription) {
        if (find(subscription.email(), subscription.followed()).isPresent()) {
            throw new IllegalStateException("this address already follows " + subscription.followed());
        }
        subscriptions.add(subscription);
    }

    @Override
    public Optional<Subscription> find(EmailAddress email, Followed followed) {
        return subscriptions.findWhere(one -> one.email().equals(email) && one.followed().equals(followed));
    }

    @Override
    public Optional<Subscription> findByConfirmTokenHash(String confirmTokenHash) {
        return subscriptions.findWhere(one -> one.confirmTokenHash().equals(confirmTokenHash));
    }

    @Override
    public Optional<Subscription> findByUnsubscribeToken(String unsubscribeToken) {
        return subscriptions.findWhere(one -> one.unsubscribeToken().equals(unsubscribeToken));
    }

    @Override
    public synchronized boolean confirm(Subscription confirmed) {
        Optional<Subscription> stored = subscriptions.find(confirmed.id());
        if (stored.isEmpty() || stored.get().confirmed()) {
            return false;
        }
        subscriptions.replace(confirmed);
        return true;
    }

    @Override
    public synchronized boolean remove(SubscriptionId id) {
        if (subscriptions.find(id).isEmpty()) {
            return false;
        }
        subscriptions.remove(id);
        mailed.all().stream().filter(one -> one.subscription().equals(id)).forEach(mailed::remove);
        digests.all().stream().filter(one -> one.subscription().equals(id)).forEach(digests::remove);
        return true;
    }

    @Override
    public int forget(EmailAddress email) {
        List<Subscription> theirs = of(email);
        theirs.forEach(subscription -> remove(subscription.id()));
        return theirs.size();
    }

    @Override
    public List<Subscription> of(EmailAddress email) {
        return subscriptions.all().stream().filter(one -> one.email().equals(email)).toList();
    }

    @Override
    public List<Subscription> awaiting(ConsultationId consultation, Notice notice, Collection<Followed> followed,
                                       Instant confirmedBy, int most) {
        return subscriptions.all().stream()
                .filter(one -> followed.contains(one.followed()))
                .filter(one -> one.confirmedAt().filter(at -> !at.isAfter(confirmedBy)).isPresent())
                .filter(one -> mailed.find(new Mailed(one.id(), consultation, notice)).isEmpty())
                .sorted(Comparator.comparing((Subscription one) -> one.confirmedAt().orElseThrow())
                        .thenComparing(one -> one.id().value()))
                .limit(most)
                .toList();
    }

    @Override
    public synchronized boolean noteMailed(SubscriptionId subscription, ConsultationId consultation, Notice notice,
                                           Instant at) {
        Mailed key = new Mailed(subscription, consultation, notice);
        if (subscriptions.find(subscription).isEmpty() || mailed.find(key).isPresent()) {
            return false;
        }
        mailed.add(key);
        return true;
    }

    @Override
    public List<Subscription> awaitingDigest(LocalDate week, Instant confirmedBy, int most) {
        return subscriptions.all().stream()
                .filter(one -> one.followed().kind() != Followed.Kind.CONSULTATION)
                .filter(one -> one.confirmedAt().filter(at -> !at.isAfter(confirmedBy)).isPresent())
                .filter(one -> digests.find(new Digest(one.id(), week)).isEmpty())
                .sorted(Comparator.comparing((Subscription one) -> one.confirmedAt().orElseThrow())
                        .thenComparing(one -> one.id().value()))
                .limit(most)
                .toList();
    }

    @Override
    public synchronized boolean noteDigest(SubscriptionId subscription, LocalDate week, Instant at) {
        Digest key = new Digest(subscription, week);
        if (subscriptions.find(subscription).isEmpty() || digests.find(key).isPresent()) {
            return false;
        }
        digests.add(key);
        return true;
    }

    /** See {@code ExpiredRecords#removeUnconfirmedSubscriptionsAskedBefore}. */
    int removeUnconfirmedAskedBefore(Instant askedBefore, int most) {
        List<Subscription> due = subscriptions.all().stream()
                .filter(one -> !one.confirmed() && one.askedAt().isBefore(askedBefore)).limit(most).toList();
        due.forEach(one -> remove(one.id()));
        return due.size();
    }
}
