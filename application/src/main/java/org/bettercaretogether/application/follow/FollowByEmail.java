package org.bettercaretogether.application.follow;

import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.shared.Slug;

/**
 * Following a consultation, a community or a workstream by email: asking (which mails a link to confirm), confirming
 * by that link, and ending it by the link every mail carries.
 */
public interface FollowByEmail {

    /** The thing of {@code kind} at {@code slug}, as a page asking to follow it names it; not found when unknown. */
    Outcome<Following> followable(Followed.Kind kind, Slug slug);

    /**
     * Asks for the thing of {@code kind} at {@code slug} to be followed by {@code email}: a pending subscription, and a
     * mail with the link that confirms it. A malformed address is invalid input; an unknown slug is not found.
     */
    Outcome<Following> follow(Followed.Kind kind, Slug slug, String email);

    /** The subscription whose confirmation link carries {@code token}, to show what confirming it would do. */
    Outcome<Following> subscriptionToConfirm(String token);

    /** Confirms the subscription whose confirmation link carries {@code token}. Confirming twice is fine. */
    Outcome<Following> confirm(String token);

    /** The subscription whose unsubscribe link carries {@code token}, to show what it would end. */
    Outcome<Following> subscription(String unsubscribeToken);

    /** Ends the subscription whose unsubscribe link carries {@code token}; ending it twice is not found. */
    Outcome<Following> unsubscribe(String unsubscribeToken);

    /** What is followed, as the pages name it; never the address. */
    record Following(Followed.Kind kind, String title, boolean confirmed) {
    }
}
