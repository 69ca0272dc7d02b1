package org.bettercaretogether.memory;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.application.feedback.FeedbackLog;
import org.bettercaretogether.application.feedback.ListeningTally;
import org.bettercaretogether.application.feedback.ReferenceTakenException;
import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.Moderation;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.Transition;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The feedback loop's outbound ports held in memory: the views, themes (empty until added), changes made, the mail
 * outbox and the idempotency replays. Their records join the transactions of {@link InMemoryAdapters}.
 */
public final class InMemoryFeedback {

    private final InMemoryRecords<FeedbackId, Feedback> views = new InMemoryRecords<>(
            Feedback::id, Feedback::version, Feedback::withVersion,
            Comparator.comparing(Feedback::receivedAt).thenComparing(f -> f.id().toString()));
    private final InMemoryRecords<ThemeId, Theme> themes = new InMemoryRecords<>(
            Theme::id, Theme::version, Theme::withVersion, Comparator.comparing(t -> t.name().toLowerCase(Locale.UK)));
    private final InMemoryRecords<ChangeId, ChangeMade> changes = new InMemoryRecords<>(
            ChangeMade::id, ChangeMade::version, ChangeMade::withVersion,
            Comparator.comparing(ChangeMade::plannedOn).reversed().thenComparing(c -> c.id().toString()));
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryRecords<String, SubmissionReplays.Replay> replays = new InMemoryRecords<>(
            SubmissionReplays.Replay::keyHash, replay -> 1, (replay, version) -> replay,
            Comparator.comparing(SubmissionReplays.Replay::at));

    List<InMemoryRecords<?, ?>> records() {
        return List.of(views, themes, changes, outbox.records(), replays);
    }

    /** Every view held, whatever its state, oldest first: for tests that look behind the use cases. */
    public List<Feedback> allViews() {
        return views.all();
    }

    private static FeedbackLog.DuePosition due(Feedback view) {
        return new FeedbackLog.DuePosition(view.assignment().orElseThrow().dueOn(), view.id().value());
    }

    public FeedbackLog feedbackLog() {
        return new FeedbackLog() {
            @Override
            public Feedback add(Feedback feedback) {
                if (findByReference(feedback.reference()).isPresent()) {
                    throw new ReferenceTakenException();
                }
                return views.add(feedback);
            }

            @Override
            public Optional<Feedback> find(FeedbackId id) {
                return views.find(id);
            }

            @Override
            public List<Feedback> findAll(Collection<FeedbackId> ids) {
                return ids.stream().map(views::find).flatMap(Optional::stream).toList();
            }

            @Override
            public List<InBrief> inBrief(Collection<FeedbackId> ids) {
                return findAll(ids).stream().map(view -> new InBrief(view.id(), view.reference(), view.receivedAt(),
                        view.isPublic() ? Optional.of(publishedAt(view)) : Optional.empty())).toList();
            }

            @Override
            public Map<ChangeId, LinkedViews> linkedToChanges(int latest) {
                Map<ChangeId, LinkedViews> linked = new HashMap<>();
                for (ChangeMade change : changes.all()) {
                    List<InBrief> views = inBrief(change.views());
                    if (!views.isEmpty()) {
                        List<InBrief> published = views.stream().filter(view -> view.publishedAt().isPresent())
                                .sorted(Comparator.comparing((InBrief view) -> view.publishedAt().orElseThrow())
                                        .thenComparing(view -> view.id().value()).reversed())
                                .toList();
                        linked.put(change.id(), new LinkedViews(views.size(), published.size(),
                                published.stream().limit(latest).map(InBrief::id).toList()));
                    }
                }
                return linked;
            }

            @Override
            public Optional<Feedback> findByReference(FeedbackReference reference) {
                return views.findWhere(view -> view.reference().equals(reference));
            }

            @Override
            public Optional<Feedback> findByTrackingHash(String tokenHash) {
                return views.findWhere(view -> view.trackingTokenHash().equals(tokenHash));
            }

            @Override
            public Optional<Feedback> update(Feedback feedback) {
                return views.update(feedback);
            }

            @Override
            public List<Feedback> awaitingModeration(Optional<Position> after, int limit) {
                return views.all().stream().filter(view -> view.moderation() instanceof Moderation.Pending)
                        .filter(view -> after.isEmpty() || isAfter(view.receivedAt(), view.id().value(), after.get()))
                        .limit(limit).toList();
            }

            @Override
            public int countAwaitingModeration() {
                return (int) views.all().stream().filter(view -> view.moderation() instanceof Moderation.Pending).count();
            }

            @Override
            public List<Feedback> published(Optional<Subject> about, Optional<Position> before, int limit) {
                Comparator<Feedback> newestFirst = Comparator.comparing(InMemoryFeedback::publishedAt)
                        .thenComparing(view -> view.id().toString()).reversed();
                return views.all().stream().filter(Feedback::isPublic)
                        .filter(view -> about.isEmpty() || view.subject().equals(about.get()))
                        .filter(view -> before.isEmpty() || isAfter(before.get().at(), before.get().id(),
                                new Position(publishedAt(view), view.id().value())))
                        .sorted(newestFirst).limit(limit).toList();
            }

            @Override
            public List<Feedback> awaitingAnswer(Optional<PartnerId> partner, Optional<DuePosition> after, int limit) {
                Comparator<DuePosition> order = Comparator.comparing(DuePosition::dueOn)
                        .thenComparing(DuePosition::id);
                return awaiting(partner)
                        .filter(view -> after.isEmpty() || order.compare(due(view), after.get()) > 0)
                        .sorted(Comparator.comparing(InMemoryFeedback::due, order))
                        .limit(limit).toList();
            }

            @Override
            public AnswerBacklog answerBacklog(Optional<PartnerId> partner, LocalDate today) {
                List<Feedback> waiting = awaiting(partner).toList();
                return new AnswerBacklog(waiting.size(), (int) waiting.stream()
                        .filter(view -> view.assignment().orElseThrow().dueOn().isBefore(today)).count());
            }

            private java.util.stream.Stream<Feedback> awaiting(Optional<PartnerId> partner) {
                return views.all().stream()
                        .filter(view -> view.assignment().isPresent() && view.response().isEmpty()
                                && view.closure().isEmpty())
                        .filter(view -> partner.isEmpty() || view.assignment().get().partner().equals(partner.get()));
            }

            @Override
            public List<Feedback> safeguardingConcerns() {
                return views.all().stream().filter(view -> view.safeguarding().isPresent() && view.closure().isEmpty())
                        .sorted(Comparator.comparing(Feedback::receivedAt).reversed()).toList();
            }

            @Override
            public List<Feedback> withContactEmail(EmailAddress email) {
                return views.all().stream().filter(view -> view.contact().email().equals(Optional.of(email))).toList();
            }

            @Override
            public List<Feedback> withContactPhone(PhoneNumber phone) {
                return views.all().stream().filter(view -> view.contact().phone().filter(phone::sameNumberAs)
                        .isPresent()).sorted(Comparator.comparing(Feedback::receivedAt)).toList();
            }

            @Override
            public List<Feedback> givenAt(MeetingId meeting) {
                return views.all().stream().filter(view -> view.origin().meeting().equals(Optional.of(meeting)))
                        .toList();
            }

            @Override
            public ListeningTally listeningTally(Optional<CommunityId> community, LocalDate from, LocalDate to) {
                Set<FeedbackId> linked = changes.all().stream().filter(change -> change.status() == ChangeStatus.MADE)
                        .flatMap(change -> change.views().stream()).collect(Collectors.toSet());
                List<Feedback> received = views.all().stream()
                        .filter(view -> !view.origin().receivedOn().isBefore(from)
                                && !view.origin().receivedOn().isAfter(to))
                        .filter(view -> community.isEmpty()
                                || view.subject().equals(new Subject.AboutCommunity(community.get())))
                        .toList();
                SortedMap<Long, Integer> daysToAnswer = new TreeMap<>();
                received.forEach(view -> view.response().ifPresent(response -> daysToAnswer.merge(
                        ChronoUnit.DAYS.between(view.origin().receivedOn(), UkTime.dayOf(response.at())), 1,
                        Integer::sum)));
                return new ListeningTally(received.size(), daysToAnswer,
                        (int) received.stream().filter(view -> linked.contains(view.id())).count());
            }
        };
    }

    public Themes themes() {
        return new Themes() {
            @Override
            public List<Theme> all() {
                return themes.all();
            }

            @Override
            public Optional<Theme> find(ThemeId id) {
                return themes.find(id);
            }

            @Override
            public synchronized Optional<Theme> add(Theme theme) {
                if (themes.findWhere(t -> t.name().equalsIgnoreCase(theme.name())).isPresent()) {
                    return Optional.empty();
                }
                return Optional.of(themes.add(theme));
            }

            @Override
            public Optional<Theme> update(Theme theme) {
                return themes.update(theme);
            }
        };
    }

    public ChangesMade changesMade() {
        return new ChangesMade() {
            @Override
            public List<ChangeMade> all() {
                return changes.all();
            }

            @Override
            public Optional<ChangeMade> find(ChangeId id) {
                return changes.find(id);
            }

            @Override
            public ChangeMade add(ChangeMade change) {
                return changes.add(change);
            }

            @Override
            public Optional<ChangeMade> update(ChangeMade change) {
                return changes.update(change);
            }

        };
    }

    public InMemoryOutbox outbox() {
        return outbox;
    }

    public SubmissionReplays submissionReplays() {
        return new SubmissionReplays() {
            @Override
            public Optional<Replay> find(String keyHash) {
                return replays.find(keyHash);
            }

            @Override
            public synchronized boolean record(Replay replay) {
                if (replays.find(replay.keyHash()).isPresent()) {
                    return false;
                }
                replays.add(replay);
                return true;
            }

            @Override
            public int forgetBefore(Instant before) {
                List<Replay> old = replays.all().stream().filter(replay -> replay.at().isBefore(before)).toList();
                old.forEach(replay -> replays.remove(replay.keyHash()));
                return old.size();
            }
        };
    }

    private static Instant publishedAt(Feedback view) {
        return ((Moderation.Published) view.moderation()).at();
    }

    /** Whether (at, id) comes after the position, in ascending order of time then id. */
    private static boolean isAfter(Instant at, UUID id, FeedbackLog.Position position) {
        int byTime = at.compareTo(position.at());
        // Ties are broken as PostgreSQL orders UUIDs (byte by byte, as their text), not as UUID.compareTo does.
        return byTime > 0 || (byTime == 0 && id.toString().compareTo(position.id().toString()) > 0);
    }

    /** See {@code ExpiredRecords#forgetContactOfViewsClosedBefore}: closed longest ago first. */
    int forgetContactOfViewsClosedBefore(Instant closedBefore, Instant now, int most) {
        List<Feedback> due = views.all().stream()
                .filter(view -> !view.contact().isEmpty() && view.erasedAt().isEmpty())
                .filter(view -> closedAt(view).filter(at -> at.isBefore(closedBefore)).isPresent())
                .sorted(Comparator.comparing((Feedback view) -> closedAt(view).orElseThrow()))
                .limit(most).toList();
        due.forEach(view -> views.replace(view.forgetContact(now).withVersion(view.version() + 1)));
        return due.size();
    }

    /** See {@code ExpiredRecords#removeAnswersForRetriesGivenBefore}: the oldest first. */
    int removeAnswersForRetriesGivenBefore(Instant before, int most) {
        List<SubmissionReplays.Replay> due = replays.all().stream().filter(replay -> replay.at().isBefore(before))
                .limit(most).toList();
        due.forEach(replay -> replays.remove(replay.keyHash()));
        return due.size();
    }

    private static Optional<Instant> closedAt(Feedback view) {
        return view.history().stream().filter(step -> step.kind() == Transition.Kind.CLOSED)
                .map(Transition::at).reduce((first, last) -> last);
    }

    /** Stores views written in bulk, each as {@code FeedbackLog.add} would, and links each to its changes made. */
    void addInBulk(BulkView bulk) {
        views.add(bulk.feedback());
        for (ChangeId linked : bulk.changes()) {
            ChangeMade change = changes.find(linked).orElseThrow(
                    () -> new IllegalArgumentException("no change made " + linked));
            Set<FeedbackId> withView = new HashSet<>(change.views());
            withView.add(bulk.feedback().id());
            changes.replace(new ChangeMade(change.id(), change.title(), change.description(), change.community(),
                    change.workstream(), change.status(), change.plannedOn(), change.startedOn(), change.madeOn(),
                    withView, change.themes(), change.consultation(), change.version()));
        }
    }

    /** How many views are held. */
    long viewCount() {
        return views.all().size();
    }

    /** Every change made held, newest planned first. */
    List<ChangeMade> allChanges() {
        return changes.all();
    }
}
