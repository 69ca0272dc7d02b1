package org.bettercaretogether.application.follow;

import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.follow.SubscriptionId;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The subscriptions of people following things by email, and the notices each has been mailed. */
public interface Subscriptions {

    /**
     * How long a subscription waits for its confirmation before the retention runs remove it; the mail that asks for
     * the confirmation says so.
     */
    Duration KEPT_UNCONFIRMED = Duration.ofDays(7);

    void add(Subscription subscription);

    /** The subscription of this address to this thing, pending or confirmed. */
    Optional<Subscription> find(EmailAddress email, Followed followed);

    Optional<Subscription> findByConfirmTokenHash(String confirmTokenHash);

    Optional<Subscription> findByUnsubscribeToken(String unsubscribeToken);

    /** Stores the confirmation of a pending subscription; false when it is gone or was confirmed meanwhile. */
    boolean confirm(Subscription confirmed);

    /** Ends a subscription, with the notices it was mailed; false when there was none. */
    boolean remove(SubscriptionId id);

    /** Ends every subscription of this address (on erasure); answers how many. */
    int forget(EmailAddress email);

    /** Every subscription of this address, pending or confirmed, oldest first (for subject access). */
    List<Subscription> of(EmailAddress email);

    /**
     * Up to {@code most} confirmed subscriptions to any of {@code followed}, confirmed by {@code confirmedBy}, that have
     * not been mailed {@code notice} about {@code consultation}.
     */
    List<Subscription> awaiting(ConsultationId consultation, Notice notice, Collection<Followed> followed,
                                Instant confirmedBy, int most);

    /**
     * Notes that the subscription is mailed {@code notice} about {@code consultation}, joining the caller's
     * transaction; false when it was noted before, by this instance or another, in which case nothing is to be mailed.
     * Two callers at once cannot both get true.
     */
    boolean noteMailed(SubscriptionId subscription, ConsultationId consultation, Notice notice, Instant at);

    /**
     * Up to {@code most} confirmed subscriptions to a community or a workstream, confirmed by {@code confirmedBy}, that
     * have not been noted for the digest due on {@code week} (a Monday), by the moment they were confirmed.
     */
    List<Subscription> awaitingDigest(LocalDate week, Instant confirmedBy, int most);

    /**
     * Notes that the subscription has had its digest due on {@code week}, joining the caller's transaction; false when
     * it was noted before, by this instance or another, in which case nothing is to be mailed. Two callers at once
     * cannot both get true.
     */
    boolean noteDigest(SubscriptionId subscription, LocalDate week, Instant at);
}
