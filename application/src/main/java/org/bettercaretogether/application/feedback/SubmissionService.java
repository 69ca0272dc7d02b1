package org.bettercaretogether.application.feedback;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Batcher;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.SealedTokens;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Receives views: from the public online (once per idempotency key, however often a request is retried, even
 * concurrently), and from staff entering views that came in other ways, singly or a batch at a time.
 */
public final class SubmissionService implements SubmitFeedback, EnterFeedback {

    private static final String TRACKING_TOKEN_PREFIX = "v";
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    /** Enough to spread a transaction's cost thin under load; few enough that nobody waits long behind a batch. */
    private static final int MOST_IN_ONE_TRANSACTION = 64;

    private final Transactions transactions;
    private final FeedbackLog feedback;
    private final SubmissionReplays replays;
    private final Meetings meetings;
    private final Subjects subjects;
    private final FeedbackSettings settings;
    private final ContributorNotices notices;
    private final AuditTrail audit;
    private final Clock clock;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);
    /** How many times a batch of views is tried with references drawn anew before a taken one is an error. */
    static final int REFERENCE_DRAWS = 3;

    private final Batcher<OnlineSubmission, Outcome<SubmissionReceipt>> onlineSubmissions =
            new Batcher<>(this::receiveOnline, MOST_IN_ONE_TRANSACTION);

    @Inject
    public SubmissionService(Transactions transactions, FeedbackLog feedback, SubmissionReplays replays, Meetings meetings,
                          Subjects subjects, FeedbackSettings settings, ContributorNotices notices, AuditTrail audit,
                          Clock clock) {
        this.notices = notices;
        this.meetings = meetings;
        this.transactions = transactions;
        this.feedback = feedback;
        this.replays = replays;
        this.subjects = subjects;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Outcome<SubmissionReceipt> submit(ShareAView view, Optional<IdempotencyKey> key) {
        Optional<Subject> subject = subjects.resolve(view.about());
        if (subject.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(List.of(subjectProblem(view.about()).orElseThrow())));
        }
        return onlineSubmissions.run(new OnlineSubmission(view, subject.get(), key,
                key.map(given -> Secrets.sha256(given.value())), Secrets.sha256(view.fingerprint()), Receiving.next()));
    }

    /**
     * Receives the views sent online at the same moment in one transaction. Each key is claimed first: a request with
     * the same key at the same moment (here or on another node) waits for the claim to commit, then finds its answer;
     * no view is made twice, and none is made only to be rolled back.
     */
    private List<Outcome<SubmissionReceipt>> receiveOnline(List<OnlineSubmission> batch) {
        List<OnlineSubmission> drawn = batch;
        for (int draws = 1; ; draws++) {
            try {
                return receiveOnlineOnce(drawn);
            } catch (ReferenceTakenException taken) {
                // Nothing of the batch was stored: the same views again, each with a reference drawn anew.
                if (draws == REFERENCE_DRAWS) {
                    throw taken;
                }
                drawn = drawn.stream().map(OnlineSubmission::drawnAgain).toList();
            }
        }
    }

    private List<Outcome<SubmissionReceipt>> receiveOnlineOnce(List<OnlineSubmission> batch) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Instant oldestKept = now.minus(settings.replaysKeptFor());
            if (sweepIsDue()) {
                replays.forgetBefore(oldestKept);
            }
            Map<String, OnlineSubmission> claiming = new LinkedHashMap<>();
            batch.forEach(submission -> submission.keyHash().ifPresent(hash -> claiming.putIfAbsent(hash, submission)));
            Set<String> claimed = replays.recordAll(claiming.values().stream()
                    .map(submission -> submission.answer(now)).toList());
            List<Outcome<SubmissionReceipt>> outcomes = new ArrayList<>();
            List<Feedback> received = new ArrayList<>();
            for (OnlineSubmission submission : batch) {
                Optional<String> keyHash = submission.keyHash();
                boolean claimedHere = keyHash.isEmpty()
                        || (claiming.get(keyHash.get()) == submission && claimed.contains(keyHash.get()));
                if (!claimedHere) {
                    SubmissionReplays.Replay earlier = replays.find(keyHash.get()).orElseThrow(() ->
                            new IllegalStateException("an idempotency key was claimed but its answer is not there"));
                    if (!earlier.at().isBefore(oldestKept)) {
                        outcomes.add(replay(earlier, submission.key().orElseThrow(), submission.fingerprint()));
                        continue;
                    }
                    replays.forgetBefore(oldestKept); // a key past its day may be used again
                    replays.record(submission.answer(now));
                }
                received.add(received(submission.view(), submission.subject(), online(), submission.receiving()));
                outcomes.add(Outcome.done(new SubmissionReceipt(submission.receiving().reference(),
                        submission.receiving().token(), false)));
            }
            notices.received(feedback.addAll(received));
            return outcomes;
        });
    }

    @Override
    public Optional<FieldProblem> subjectProblem(ViewAbout about) {
        return subjects.resolve(about).isPresent() ? Optional.empty()
                : Optional.of(new FieldProblem(Subjects.FIELD, Subjects.unknown(about)));
    }

    @Override
    public Outcome<FeedbackReference> enter(Actor actor, EnteredView view) {
        return enter(actor, List.of(view), false, written -> { }).map(List::getFirst);
    }

    @Override
    public Outcome<List<FeedbackReference>> enterAll(Actor actor, List<EnteredView> views) {
        return enter(actor, views, true, written -> { });
    }

    @Override
    public Outcome<List<FeedbackReference>> enterAll(Actor actor, List<EnteredView> views, IntConsumer entered) {
        return enter(actor, views, true, entered);
    }

    /** Enters views all or none; {@code byRow} names each problem's row, as a batch's answer must. */
    private Outcome<List<FeedbackReference>> enter(Actor actor, List<EnteredView> views, boolean byRow,
                                                   IntConsumer entered) {
        Optional<Rejection> refused = AccessPolicy.requireAny(actor, Role.MODERATOR, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        if (views.isEmpty()) {
            return Outcome.rejected(Rejection.InvalidInput.of("views", "must hold at least one view"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<Subject> resolved = new ArrayList<>();
        LocalDate today = UkTime.dayOf(clock.instant());
        for (int row = 0; row < views.size(); row++) {
            EnteredView view = views.get(row);
            String prefix = byRow ? "row " + (row + 1) + ": " : "";
            Optional<Subject> subject = subjects.resolve(view.view().about());
            subject.ifPresentOrElse(resolved::add, () -> problems.add(new FieldProblem(
                    prefix + Subjects.FIELD, Subjects.unknown(view.view().about()))));
            view.meeting().filter(meeting -> meetings.find(meeting).isEmpty()).ifPresent(unknown -> problems.add(
                    new FieldProblem(prefix + "meeting", "must be one of the programme's meetings")));
            if (today.isBefore(view.receivedOn())) {
                problems.add(new FieldProblem(prefix + "receivedOn", "must not be in the future"));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.rejected(new Rejection.InvalidInput(problems));
        }
        return Outcome.done(transactions.inTransaction(() -> {
            List<FeedbackReference> references = new ArrayList<>();
            for (int row = 0; row < views.size(); row++) {
                EnteredView view = views.get(row);
                Origin origin = new Origin(view.channel(), view.receivedOn(), view.eventOrBatch(),
                        Optional.of(actor.id()), view.meeting());
                FeedbackReference reference = receive(view.view(), resolved.get(row), origin, Receiving.next())
                        .reference();
                audit.record(Optional.of(actor.id()), "feedback.entered", "feedback", reference.value(), List.of(
                        new FieldChange("channel", Optional.empty(), Optional.of(view.channel().name()))));
                references.add(reference);
                entered.accept(references.size());
            }
            return references;
        }));
    }

    /**
     * Whether to forget the answers past their day now: once a minute on each node is plenty, and spares every
     * submission a delete; {@link #submit} itself never replays an answer past its day.
     */
    private boolean sweepIsDue() {
        Instant now = clock.instant();
        Instant last = lastSweep.get();
        return !now.isBefore(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now);
    }

    private Origin online() {
        return Origin.online(UkTime.dayOf(clock.instant()));
    }

    /** The reference and private tracking token a view is about to be given. */
    private record Receiving(FeedbackReference reference, String token) {
        static Receiving next() {
            return new Receiving(FeedbackReference.random(), Secrets.token(TRACKING_TOKEN_PREFIX));
        }
    }

    private SubmissionReceipt receive(ShareAView view, Subject subject, Origin origin, Receiving receiving) {
        Feedback stored = feedback.add(received(view, subject, origin, receiving));
        notices.received(List.of(stored));
        return new SubmissionReceipt(stored.reference(), receiving.token(), false);
    }

    private Feedback received(ShareAView view, Subject subject, Origin origin, Receiving receiving) {
        return Feedback.receive(FeedbackId.random(), receiving.reference(), subject, view.role(), origin, view.text(),
                view.contact(), view.consent(), view.postcodeDistrict(), Secrets.sha256(receiving.token()),
                clock.instant());
    }

    /** A view sent online, waiting to be received with the others sent at the same moment. */
    private record OnlineSubmission(ShareAView view, Subject subject, Optional<IdempotencyKey> key,
                                    Optional<String> keyHash, String fingerprint, Receiving receiving) {
        SubmissionReplays.Replay answer(Instant at) {
            return new SubmissionReplays.Replay(keyHash.orElseThrow(), fingerprint, receiving.reference().value(),
                    SealedTokens.seal(receiving.token(), key.orElseThrow().value()), at);
        }

        /** The same submission with a reference and tracking link drawn anew, for one whose reference was taken. */
        OnlineSubmission drawnAgain() {
            return new OnlineSubmission(view, subject, key, keyHash, fingerprint, Receiving.next());
        }
    }

    private static Outcome<SubmissionReceipt> replay(SubmissionReplays.Replay earlier, IdempotencyKey key,
                                                     String fingerprint) {
        if (!Secrets.sameSecret(earlier.fingerprint(), fingerprint)) {
            return Outcome.rejected(Rejection.InvalidInput.of("Idempotency-Key",
                    "was already used for a different request; use a new key for a new view"));
        }
        // Opened with the key the retry presents: the service itself cannot read the token it keeps.
        Optional<String> token = SealedTokens.open(earlier.sealedToken(), key.value());
        if (token.isEmpty()) {
            return Outcome.rejected(new Rejection.Conflict("This view was already received as " + earlier.reference()
                    + "; its private link was given in the first answer and cannot be given again."));
        }
        return Outcome.done(new SubmissionReceipt(new FeedbackReference(earlier.reference()), token.get(), true));
    }
}
