package org.bettercaretogether.application.follow;

import jakarta.inject.Inject;
import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.consultation.ConsultationResponses;
import org.bettercaretogether.application.consultation.Consultations;
import org.bettercaretogether.application.consultation.TellRespondents;
import org.bettercaretogether.application.mail.Outbox;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.mail.OutgoingMail;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.PublishedCount;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;
import org.bettercaretogether.domain.consultation.OpeningTimes;
import org.bettercaretogether.domain.consultation.PublishedResults;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.follow.Followed;
import org.bettercaretogether.domain.follow.Notice;
import org.bettercaretogether.domain.follow.Subscription;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.workstream.WorkstreamId;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
 *
 * <p>A follower of a community or a workstream is also mailed a weekly digest, from {@link #DIGEST_DUE_AT} on Monday
 * (UK time), about the week before it: the views about it published, the answers to consultations about it received
 * and the changes made about it that week, and its meetings in the {@link #MEETINGS_AHEAD} from then. Counts from 1 to
 * 4 read "fewer than 5" ({@link PublishedCount}). It goes to those confirmed by the time it falls due, once a week
 * ({@link Subscriptions#noteDigest}); a week with nothing to tell is noted all the same and sends nothing, and a week
 * missed is never sent late.
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
    /** When, on Monday (UK time), the digest of the week before falls due. */
    public static final LocalTime DIGEST_DUE_AT = LocalTime.of(8, 0);
    /** How far ahead of the digest's Monday its meetings are listed. */
    public static final Duration MEETINGS_AHEAD = Duration.ofDays(14);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu");
    private static final String CONFIRM_PREFIX = "bctf_";
    private static final String UNSUBSCRIBE_PREFIX = "bctu_";
    private static final int BATCH = 200;
    private static final String SIGN_OFF = "\nBetter Care Together\n";

    private final Transactions transactions;
    private final Subscriptions subscriptions;
    private final Consultations consultations;
    private final Communities communities;
    private final Workstreams workstreams;
    private final FeedbackLog feedbackLog;
    private final ConsultationResponses responses;
    private final ChangesMade changesMade;
    private final Meetings meetings;
    private final Outbox outbox;
    private final FollowSettings settings;
    private final Clock clock;

    @Inject
    public FollowService(Transactions transactions, Subscriptions subscriptions, Consultations consultations,
                         Communities communities, Workstreams workstreams, FeedbackLog feedbackLog,
                         ConsultationResponses responses, ChangesMade changesMade, Meetings meetings, Outbox outbox,
                         FollowSettings settings, Clock clock) {
        this.transactions = transactions;
        this.subscriptions = subscriptions;
        this.consultations = consultations;
        this.communities = communities;
        this.workstreams = workstreams;
        this.feedbackLog = feedbackLog;
        this.responses = responses;
        this.changesMade = changesMade;
        this.meetings = meetings;
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
        return inBatches(() -> subscriptions.awaiting(consultation.id(), notice, followed, confirmedBy, BATCH),
                subscription -> subscriptions.noteMailed(subscription.id(), consultation.id(), notice, now),
                subscription -> Optional.of(noticeMail(subscription, consultation, notice, now)));
    }

    /**
     * Notes each subscription {@code awaiting} finds and writes its mail, if it has one, a batch a transaction, until
     * none is left; a subscription noted meanwhile by another instance is left to it. Answers how many mails it wrote.
     */
    private int inBatches(Supplier<List<Subscription>> awaiting, Predicate<Subscription> note,
                          Function<Subscription, Optional<OutgoingMail>> mail) {
        int written = 0;
        int found;
        do {
            int[] batch = transactions.inTransaction(() -> {
                List<Subscription> due = awaiting.get();
                List<OutgoingMail> mails = new ArrayList<>();
                for (Subscription subscription : due) {
                    if (note.test(subscription)) {
                        mail.apply(subscription).ifPresent(mails::add);
                    }
                }
                outbox.addAll(mails);
                return new int[]{due.size(), mails.size()};
            });
            found = batch[0];
            written += batch[1];
        } while (found == BATCH);
        return written;
    }

    @Override
    public int digestDue() {
        Instant now = clock.instant();
        LocalDate week = UkTime.dayOf(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant dueAt = week.atTime(DIGEST_DUE_AT).atZone(UkTime.ZONE).toInstant();
        if (now.isBefore(dueAt)) {
            return 0;
        }
        Map<Followed, Optional<String>> news = new HashMap<>();
        return inBatches(() -> subscriptions.awaitingDigest(week, dueAt, BATCH),
                subscription -> subscriptions.noteDigest(subscription.id(), week, now),
                subscription -> news.computeIfAbsent(subscription.followed(), followed -> news(followed, week, dueAt))
                        .map(body -> mail(subscription, "Weekly digest: " + subscription.title(), body, now)));
    }

    /** What the digest due on {@code week} tells the followers of {@code followed}; empty when there is nothing new. */
    private Optional<String> news(Followed followed, LocalDate week, Instant dueAt) {
        LocalDate firstDay = week.minusWeeks(1);
        Instant from = UkTime.startOf(firstDay);
        Instant until = UkTime.startOf(week);
        Subject about;
        MeetingHost host;
        Predicate<ChangeMade> changeAbout;
        String page;
        switch (followed.kind()) {
            case COMMUNITY -> {
                CommunityId community = new CommunityId(followed.id());
                about = new Subject.AboutCommunity(community);
                host = new MeetingHost.Community(community);
                changeAbout = change -> change.community().equals(Optional.of(community));
                page = communities.find(community).map(found -> "/communities/" + found.slug().value()).orElse("/");
            }
            case WORKSTREAM -> {
                WorkstreamId workstream = new WorkstreamId(followed.id());
                about = new Subject.AboutWorkstream(workstream);
                host = new MeetingHost.Workstream(workstream);
                changeAbout = change -> change.workstream().equals(Optional.of(workstream));
                page = workstreams.find(workstream).map(found -> "/workstreams/" + found.slug().value())
                        .orElse("/");
            }
            default -> {
                return Optional.empty();
            }
        }
        int views = publishedBetween(about, from, until);
        long answers = consultations.all().stream().filter(consultation -> consultation.subject().equals(about))
                .mapToLong(consultation -> responses.countReceived(consultation.id(), from, until)).sum();
        List<String> changes = changesMade.all().stream().filter(changeAbout)
                .filter(change -> change.madeOn().filter(day -> !day.isBefore(firstDay) && day.isBefore(week))
                        .isPresent())
                .map(ChangeMade::title).sorted().toList();
        Instant ahead = UkTime.startOf(week).plus(MEETINGS_AHEAD);
        List<String> coming = meetings.of(host).stream()
                .filter(meeting -> meeting.status() != MeetingStatus.CANCELLED)
                .filter(meeting -> !meeting.startsAt().isBefore(dueAt) && meeting.startsAt().isBefore(ahead))
                .map(meeting -> meeting.title() + ", " + OpeningTimes.shown(meeting.startsAt()))
                .toList();
        if (views == 0 && answers == 0 && changes.isEmpty() && coming.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder("What was new in the week from ").append(DAY.format(firstDay))
                .append(" to ").append(DAY.format(week.minusDays(1))).append(":\n\nViews published: ")
                .append(PublishedCount.of(views).text()).append("\nAnswers to consultations: ")
                .append(PublishedCount.of(Math.toIntExact(answers)).text()).append("\n");
        listed(body, "Changes made", changes);
        listed(body, "Meetings in the coming two weeks (UK time)", coming);
        return Optional.of(body.append("\nRead more at ").append(settings.link(page)).append("\n").toString());
    }

    private static void listed(StringBuilder body, String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            body.append("\n").append(heading).append(":\n");
            lines.forEach(line -> body.append("- ").append(line).append("\n"));
        }
    }

    /** How many views about {@code about} were published from {@code from} to {@code until}, read newest first. */
    private int publishedBetween(Subject about, Instant from, Instant until) {
        int counted = 0;
        Optional<FeedbackLog.Position> before = Optional.empty();
        while (true) {
            List<Feedback> page = feedbackLog.published(Optional.of(about), before, BATCH);
            for (Feedback view : page) {
                Instant at = publishedAt(view);
                if (at.isBefore(from)) {
                    return counted;
                }
                if (at.isBefore(until)) {
                    counted++;
                }
            }
            if (page.size() < BATCH) {
                return counted;
            }
            Feedback last = page.getLast();
            before = Optional.of(new FeedbackLog.Position(publishedAt(last), last.id().value()));
        }
    }

    private static Instant publishedAt(Feedback view) {
        return ((Moderation.Published) view.moderation()).at();
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
                .filter(respondent -> subscriptions.find(respondent, itself).filter(Subscription::confirmed).isEmpty())
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
