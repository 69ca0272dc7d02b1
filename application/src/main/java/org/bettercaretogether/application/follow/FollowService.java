package org.bettercaretogether.application.follow;

import jakarta.inject.Inject;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.TellRespondents;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.PublishedResults;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Following by email, and the notices it brings. A subscription is pending until confirmed from the mailed link;
 * asking again for the same thing from the same address mails a fresh link (pending) or says it is already followed
 * (confirmed), so the answer never tells anyone whether an address follows something.
 *
 * <p>A notice about a consultation goes to the confirmed followers of the consultation itself, of the community or
 * workstream it is about, and, for a consultation about a network, of each community in that network:
 * <ul>
 *   <li>opened: while it is open, to those who confirmed before it opened;</li>
 *   <li>closing soon: from {@link #REMINDER_BEFORE_CLOSING} before it closes, while it is open, once per
 *       subscription: a closing moment extended later brings no second reminder;</li>
 *   <li>results published: for {@link #NEWS_FOR} after they were published, to those who confirmed before.</li>
 * </ul>
 * Each is noted against the subscription in the transaction that writes its mail to the outbox, and the note is
 * refused when it was made before ({@link Subscriptions#noteMailed}), so two instances finding the same notice due at
 * once write it once. Every mail carries the subscription's one-click unsubscribe link.
 */
public final class FollowService implements FollowByEmail, NotifyFollowers, TellRespondents {

    /** How long before a consultation closes its followers are reminded. */
    public static final Duration REMINDER_BEFORE_CLOSING = Duration.ofDays(7);
    /** How long after results are published followers are still told: older news is not sent late. */
    public static final Duration NEWS_FOR = Duration.ofDays(14);
    /** The site's address of a confirmation link: {@code /follow/confirm/{token}}. */
    public static final String CONFIRM_PATH = "/follow/confirm/";
    /** The site's address of an unsubscribe link: {@code /unsubscribe/{token}}. */
    public static final String UNSUBSCRIBE_PATH = "/unsubscribe/";
    private static final String CONFIRM_PREFIX = "bctf_";
    private static final String UNSUBSCRIBE_PREFIX = "bctu_";
    private static final int BATCH = 200;
    private static final String SIGN_OFF = "\nBetter Care Together\n";

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Consultations consultations;
    private final Communities communities;
    private final Workstreams workstreams;
    private final Outbox outbox;
    private final FollowSettings settings;
    private final Clock clock;

    @Inject
    public FollowService(Transactions transactions, Subscriptions subscriptions, Consultations consultations,
                         Communities communities, Workstreams workstreams, Outbox outbox, FollowSettings settings,
                         Clock clock) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.consultations = consultations;
        this.communities = communities;
        this.workstreams = workstreams;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Outcome<Following> followable(Followed.Kind kind, Slug slug) {
        return transactions.inTransaction(() -> Outcome.found(named(kind, slug)
                .map(named -> new Following(kind, named.title(), false)), kind.code(), slug));
    }

    @Override
    public Outcome<Following> follow(Followed.Kind kind, Slug slug, String email) {
        return Outcome.attempt(() -> new EmailAddress(email)).flatMap(address -> transactions.inTransaction(() -> {
            Optional<Named> named = named(kind, slug);
            if (named.isEmpty()) {
                return Outcome.<Following>notFound(kind.code(), slug);
            }
            Instant now = clock.instant();
            Optional<Subscription> earlier = subscriptions.find(address, named.get().followed());
            if (earlier.isPresent() && earlier.get().confirmed()) {
                outbox.add(mail(earlier.get(), "You already follow " + earlier.get().title(),
                        "You asked to follow " + earlier.get().title() + " by email. You already do, so nothing has "
                                + "changed.\n", now));
                return Outcome.done(following(earlier.get()));
            }
            earlier.ifPresent(pending -> subscriptions.remove(pending.id()));
            String token = Secrets.token(CONFIRM_PREFIX);
            Subscription asked = Subscription.asked(address, named.get().followed(), named.get().title(),
                    Secrets.sha256(token), Secrets.token(UNSUBSCRIBE_PREFIX), now);
            subscriptions.add(asked);
            outbox.add(OutgoingMail.write(address, "Confirm you want emails about " + asked.title(),
                    "You asked to be told by email about " + asked.title() + ".\n\nTo confirm, open this link:\n"
                            + settings.link(CONFIRM_PATH + token) + "\n\nIf you did not ask, ignore this email: "
                            + "nothing will be sent unless the link is opened, and the request is forgotten after "
                            + Subscriptions.KEPT_UNCONFIRMED.toDays() + " days.\n" + SIGN_OFF, now));
            return Outcome.done(following(asked));
        }));
    }

    @Override
    public Outcome<Following> subscriptionToConfirm(String token) {
        return transactions.inTransaction(() -> Outcome.found(subscriptions.findByConfirmTokenHash(
                Secrets.sha256(token.strip())).map(FollowService::following), "subscription", "at that link"));
    }

    @Override
    public Outcome<Following> confirm(String token) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.findByConfirmTokenHash(Secrets.sha256(token.strip()));
            if (found.isEmpty()) {
                return Outcome.<Following>notFound("subscription", "at that link");
            }
            if (found.get().confirmed()) {
                return Outcome.done(following(found.get()));
            }
            Subscription confirmed = found.get().confirm(clock.instant());
            subscriptions.confirm(confirmed);
            return Outcome.done(following(confirmed));
        });
    }

    @Override
    public Outcome<Following> subscription(String unsubscribeToken) {
        return transactions.inTransaction(() -> Outcome.found(
                subscriptions.findByUnsubscribeToken(unsubscribeToken.strip()).map(FollowService::following),
                "subscription", "at that link"));
    }

    @Override
    public Outcome<Following> unsubscribe(String unsubscribeToken) {
        return transactions.inTransaction(() -> {
            Optional<Subscription> found = subscriptions.findByUnsubscribeToken(unsubscribeToken.strip());
            found.ifPresent(subscription -> subscriptions.remove(subscription.id()));
            return Outcome.found(found.map(FollowService::following), "subscription", "at that link");
        });
    }

    @Override
    public int notifyDue() {
        Instant now = clock.instant();
        int written = 0;
        for (Consultation consultation : transactions.inTransaction(consultations::all)) {
            ConsultationState state = consultation.state(now);
            OpeningTimes times = consultation.times();
            if (state == ConsultationState.OPEN) {
                written += notify(consultation, Notice.OPENED, times.opensAt(), now);
                if (!now.isBefore(times.closesAt().minus(REMINDER_BEFORE_CLOSING))) {
                    written += notify(consultation, Notice.CLOSING_SOON, now, now);
                }
            }
            Optional<Instant> published = consultation.results().map(PublishedResults::publishedAt);
            if (published.isPresent() && published.get().isAfter(now.minus(NEWS_FOR))) {
                written += notify(consultation, Notice.RESULTS_PUBLISHED, published.get(), now);
            }
        }
        return written;
    }

    /** Writes {@code notice} to each follower confirmed by {@code confirmedBy} not yet told, a batch a transaction. */
    private int notify(Consultation consultation, Notice notice, Instant confirmedBy, Instant now) {
        List<Followed> followed = followersOf(consultation);
        int written = 0;
        int found;
        do {
            int[] batch = transactions.inTransaction(() -> {
                List<Subscription> awaiting = subscriptions.awaiting(consultation.id(), notice, followed, confirmedBy,
                        BATCH);
                List<OutgoingMail> mails = new ArrayList<>();
                for (Subscription subscription : awaiting) {
                    if (subscriptions.noteMailed(subscription.id(), consultation.id(), notice, now)) {
                        mails.add(noticeMail(subscription, consultation, notice, now));
                    }
                }
                outbox.addAll(mails);
                return new int[]{awaiting.size(), mails.size()};
            });
            found = batch[0];
            written += batch[1];
        } while (found == BATCH);
        return written;
    }

    /**
     * {@inheritDoc} An address that also follows the consultation itself, confirmed, is told as a follower instead,
     * so that nobody gets the news twice.
     */
    @Override
    public void resultsPublished(Consultation consultation, List<EmailAddress> respondents) {
        Followed itself = Followed.consultation(consultation.id());
        String results = settings.link("/consultations/" + consultation.slug().value() + "/results");
        Instant now = clock.instant();
        outbox.addAll(respondents.stream()
                .filter(respondent -> subscriptions.of(respondent).stream().noneMatch(subscription ->
                        subscription.confirmed() && subscription.followed().equals(itself)))
                .map(respondent -> OutgoingMail.write(respondent, "Results published: " + consultation.title(),
                        "You answered this consultation and asked to be told about it:\n\n" + consultation.title()
                                + "\n\nIts results are published, with what the programme heard and what was done "
                                + "because of it. Read them at " + results + "\n\nThis is the only email you will "
                                + "get about it; your address is not kept for anything else.\n" + SIGN_OFF, now))
                .toList());
    }

    /** What a person may follow to hear about this consultation. */
    private List<Followed> followersOf(Consultation consultation) {
        List<Followed> followed = new ArrayList<>();
        followed.add(Followed.consultation(consultation.id()));
        switch (consultation.subject()) {
            case Subject.AboutCommunity about -> followed.add(Followed.community(about.community()));
            case Subject.AboutWorkstream about -> followed.add(Followed.workstream(about.workstream()));
            case Subject.AboutNetwork about -> transactions.inTransaction(communities::all).stream()
                    .filter(community -> community.network().equals(about.network()))
                    .forEach(community -> followed.add(Followed.community(community.id())));
            case Subject.AboutProgramme ignored -> {
            }
        }
        return followed;
    }

    private OutgoingMail noticeMail(Subscription subscription, Consultation consultation, Notice notice, Instant now) {
        String page = settings.link("/consultations/" + consultation.slug().value());
        String closes = OpeningTimes.shown(consultation.times().closesAt());
        return switch (notice) {
            case OPENED -> mail(subscription, "Now open: " + consultation.title(),
                    "A consultation is now open, and we would like to hear from you:\n\n" + consultation.title() + "\n"
                            + consultation.summary() + "\n\nIt closes at " + closes + " (UK time).\nAnswer it at "
                            + page + "\n", now);
            case CLOSING_SOON -> mail(subscription, "Closing soon: " + consultation.title(),
                    "A consultation closes within a week, at " + closes + " (UK time):\n\n" + consultation.title()
                            + "\n\nIf you have not answered yet, there is still time: " + page + "\n", now);
            case RESULTS_PUBLISHED -> mail(subscription, "Results published: " + consultation.title(),
                    "The results of this consultation are published, with what was done because of them:\n\n"
                            + consultation.title() + "\n\nRead them at " + page + "/results\n", now);
        };
    }

    /** A mail to a follower, ending with (and carrying in its headers) the link that ends the subscription. */
    private OutgoingMail mail(Subscription subscription, String subject, String body, Instant now) {
        URI unsubscribe = URI.create(settings.link(UNSUBSCRIBE_PATH + subscription.unsubscribeToken()));
        return OutgoingMail.write(subscription.email(), subject, body + "\nYou get this email because you follow "
                + subscription.title() + ". To stop these emails, open " + unsubscribe + "\n" + SIGN_OFF, now)
                .unsubscribedAt(unsubscribe);
    }

    private Optional<Named> named(Followed.Kind kind, Slug slug) {
        return switch (kind) {
            case CONSULTATION -> consultations.findBySlug(slug)
                    .filter(consultation -> consultation.state(clock.instant()).isPublic())
                    .map(consultation -> new Named(Followed.consultation(consultation.id()), consultation.title()));
            case COMMUNITY -> communities.findBySlug(slug).map(community -> new Named(
                    Followed.community(community.id()), community.name() + " Integrated Care Community"));
            case WORKSTREAM -> workstreams.findBySlug(slug).map(workstream -> new Named(
                    Followed.workstream(workstream.id()), workstream.name() + " (a workstream of the review)"));
        };
    }

    /** What is followed, and how mails and pages name it. */
    private record Named(Followed followed, String title) {
    }

    private static Following following(Subscription subscription) {
        return new Following(subscription.followed().kind(), subscription.title(), subscription.confirmed());
    }
}
