package org.bettercaretogether.domain.follow;

import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Require;
import org.bettercaretogether.domain.shared.StateConflictException;

import java.time.Instant;
import java.util.Optional;

/**
 * One email address following one thing ({@link Followed}), named by its {@code title} as it was when the person
 * asked (the consultation's title, the community's or the workstream's name). It is pending from the moment it is asked for until the
 * person confirms it from the link mailed to them; only a confirmed subscription is mailed news, and a pending one is
 * removed once it has waited too long. The confirmation link's token is kept only as its hash; the unsubscribe token
 * is kept as it is, because every mail the subscription brings carries it, and it can do nothing but end the
 * subscription. The address is personal data: {@link #toString()} does not show it.
 */
public record Subscription(SubscriptionId id, EmailAddress email, Followed followed, String title, String confirmTokenHash,
                           String unsubscribeToken, Instant askedAt, Optional<Instant> confirmedAt) {

    public Subscription {
        Require.present(id, "subscriptionId");
        Require.present(email, "email");
        Require.present(followed, "followed");
        title = Require.text(title, "title", 200);
        confirmTokenHash = Require.text(confirmTokenHash, "confirmTokenHash", 100);
        unsubscribeToken = Require.text(unsubscribeToken, "unsubscribeToken", 100);
        Require.present(askedAt, "askedAt");
        Require.present(confirmedAt, "confirmedAt");
    }

    /** A new subscription, waiting for its confirmation. */
    public static Subscription asked(EmailAddress email, Followed followed, String title, String confirmTokenHash,
                                     String unsubscribeToken, Instant now) {
        return new Subscription(SubscriptionId.random(), email, followed, title, confirmTokenHash, unsubscribeToken,
                now, Optional.empty());
    }

    public boolean confirmed() {
        return confirmedAt.isPresent();
    }

    /** The subscription confirmed at {@code now}; confirming it again is refused. */
    public Subscription confirm(Instant now) {
        if (confirmed()) {
            throw new StateConflictException("This subscription is already confirmed.");
        }
        return new Subscription(id, email, followed, title, confirmTokenHash, unsubscribeToken, askedAt,
                Optional.of(now));
    }

    @Override
    public String toString() {
        return "Subscription[" + id + ", " + followed + ", confirmed=" + confirmed() + "]";
    }
}
