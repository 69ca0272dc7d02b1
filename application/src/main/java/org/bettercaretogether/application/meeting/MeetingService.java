package org.bettercaretogether.application.meeting;

import jakarta.inject.Inject;
import org.bettercaretogether.application.audit.AuditTrail;
import org.bettercaretogether.application.community.Communities;
import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.application.shared.AccessPolicy;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.KeptAnswers;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.ReadCache;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.shared.SealedTokens;
import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.SubmissionReplays;
import org.bettercaretogether.application.shared.Transactions;
import org.bettercaretogether.application.shared.VersionedChange;
import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.audit.FieldChange;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Registration;
import org.bettercaretogether.domain.meeting.RegistrationId;
import org.bettercaretogether.domain.meeting.RegistrationStatus;
import org.bettercaretogether.domain.meeting.SeatPlan;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Runs public meetings: scheduling and changing them, registrations and the waiting list. Every registration and
 * cancellation for a meeting happens under a lock on the meeting, so places are counted one request at a time and
 * the places are never exceeded; those waiting are given places strictly in the order they registered. A registration
 * sent with an idempotency key is made once however often it is sent: a retry is given the first one's answer. A
 * person's registrations are forgotten, under the same lock, when their data is erased.
 */
public final class MeetingService implements ScheduleMeetings, RegisterForMeeting, BrowseMeetings, ForgetRegistrants {

    private static final String CANCEL_TOKEN_PREFIX = "r";
    private static final int LONGEST_TOKEN = 100;
    /** Makes a registration's key hash differ from that of a view with the same key: keys hold no line breaks. */
    private static final String KEY_KIND = "registration\n";

    /** The parts of the stored data its kept answers are read from. */
    private static final Set<StoredData> READ_FROM = Set.of(StoredData.DIRECTORY, StoredData.COMMUNITY_LIFE);

    private final Transactions transactions;
    private final Meetings meetings;
    private final Registrations registrations;
    private final VersionedChange<Meeting> meetingChanges;
    private final VersionedChange<Registration> registrationChanges;
    private final Communities communities;
    private final CommunityHistories histories;
    private final Workstreams workstreams;
    private final MeetingNotices notices;
    private final KeptAnswers answers;
    private final AuditTrail audit;
    private final Clock clock;
    private final ReadCache cache;

    @Inject
    public MeetingService(Transactions transactions, Meetings meetings, Registrations registrations,
                       Communities communities, CommunityHistories histories, Workstreams workstreams,
                       MeetingNotices notices, KeptAnswers answers, AuditTrail audit, ReadCache cache, Clock clock) {
        this.answers = answers;
        this.cache = cache;
        this.histories = histories;
        this.transactions = transactions;
        this.meetings = meetings;
        this.registrations = registrations;
        this.meetingChanges = VersionedChange.of("meeting", Meeting::version, meetings::update)
                .storedMeanwhileSays("The meeting was changed by someone else meanwhile.");
        this.registrationChanges = VersionedChange.of("registration", Registration::version, registrations::update)
                .storedMeanwhileSays("Please try again.");
        this.communities = communities;
        this.workstreams = workstreams;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the public ----

    @Override
    public Outcome<RegistrationReceipt> register(MeetingId id, NewRegistration registration,
                                                 Optional<IdempotencyKey> key) {
        Optional<String> keyHash = key.map(given -> Secrets.sha256(KEY_KIND + given.value()));
        String fingerprint = Secrets.sha256(id + "\u001f" + registration.fingerprint());
        return transactions.inTransaction(() -> {
            Optional<Meeting> locked = meetings.lock(id);
            if (locked.isEmpty()) {
                return Outcome.notFound("meeting", id);
            }
            Meeting meeting = locked.get();
            // Under the meeting's lock, a retry of a registration made for it is sure to find its answer here.
            Optional<SubmissionReplays.Replay> earlier = keyHash.flatMap(answers::earlier);
            if (earlier.isPresent()) {
                return replay(earlier.get(), key.orElseThrow(), fingerprint, meeting);
            }
            if (!meeting.open(clock.instant())) {
                return Outcome.rejected(new Rejection.Conflict(meeting.status() == MeetingStatus.CANCELLED
                        ? "This meeting is cancelled." : "This meeting has already started; registration is closed."));
            }
            if (registration.places() > meeting.capacity()) {
                return Outcome.rejected(Rejection.InvalidInput.of("places",
                        "must be at most the " + meeting.capacity() + " places the meeting has"));
            }
            List<Registration> existing = registrations.of(id);
            int arrival = existing.stream().mapToInt(Registration::arrival).max().orElse(0) + 1;
            String token = Secrets.token(CANCEL_TOKEN_PREFIX);
            Registration waiting = new Registration(RegistrationId.random(), id, registration.name(),
                    registration.email(), registration.places(), registration.accessNeeds(), RegistrationStatus.WAITING,
                    clock.instant(), arrival, Secrets.sha256(token), 0);
            Registration planned = SeatPlan.allocate(meeting.capacity(), Stream.concat(existing.stream(),
                    Stream.of(waiting)).toList()).stream().filter(r -> r.id().equals(waiting.id())).findFirst()
                    .orElseThrow();
            int ahead = waitingAhead(Stream.concat(existing.stream(), Stream.of(planned)).toList(), planned);
            if (keyHash.isPresent() && !answers.claim(new SubmissionReplays.Replay(keyHash.get(), fingerprint,
                    Answered.of(planned.status(), ahead), SealedTokens.seal(token, key.orElseThrow().value()),
                    clock.instant()))) {
                // The same key was claimed meanwhile by a request for another meeting: it cannot be this one's retry.
                return replay(answers.earlier(keyHash.get()).orElseThrow(), key.orElseThrow(), fingerprint, meeting);
            }
            Registration stored = registrations.add(planned);
            notices.registered(stored, meeting, ahead);
            return Outcome.done(new RegistrationReceipt(publicMeeting(meeting), stored.status(), ahead, token, false));
        });
    }

    /** The first answer given for a key, to a retry of the same registration; a different one is refused. */
    private Outcome<RegistrationReceipt> replay(SubmissionReplays.Replay earlier, IdempotencyKey key,
                                                String fingerprint, Meeting meeting) {
        if (!Secrets.sameSecret(earlier.fingerprint(), fingerprint)) {
            return Outcome.rejected(Rejection.InvalidInput.of("Idempotency-Key",
                    "was already used for a different request; use a new key for a new registration"));
        }
        Optional<String> token = SealedTokens.open(earlier.sealedToken(), key.value());
        if (token.isEmpty()) {
            return Outcome.rejected(new Rejection.Conflict("This registration was already made; its private link was "
                    + "given in the first answer and cannot be given again."));
        }
        Answered answered = Answered.parse(earlier.reference());
        return Outcome.done(new RegistrationReceipt(publicMeeting(meeting), answered.status(), answered.ahead(),
                token.get(), true));
    }

    /**
     * What a registration's answer said besides its private link, as kept for retries (in the replay's reference):
     * {@code "CONFIRMED 0"}, {@code "WAITING 3"}. Nothing personal.
     */
    private record Answered(RegistrationStatus status, int ahead) {
        static String of(RegistrationStatus status, int ahead) {
            return status.name() + " " + ahead;
        }

        static Answered parse(String kept) {
            String[] parts = kept.split(" ");
            return new Answered(RegistrationStatus.valueOf(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    @Override
    public Outcome<RegistrationStanding> registration(String cancelToken) {
        return transactions.inTransaction(() -> Outcome.found(byToken(cancelToken), "registration", "given")
                .map(registration -> view(registration, meetings.find(registration.meeting()).orElseThrow())));
    }

    @Override
    public Outcome<RegistrationStanding> cancel(String cancelToken) {
        return transactions.inTransaction(() -> {
            Optional<Registration> found = byToken(cancelToken);
            if (found.isEmpty()) {
                return Outcome.notFound("registration", "given");
            }
            Meeting meeting = meetings.lock(found.get().meeting()).orElseThrow();
            Registration current = registrations.find(found.get().id()).orElseThrow();
            if (!current.active()) {
                return Outcome.done(view(current, meeting));
            }
            Registration cancelled = registrationChanges.storeOrUndo(current.withStatus(RegistrationStatus.CANCELLED));
            notices.cancelledByRegistrant(cancelled, meeting);
            if (meeting.open(clock.instant())) {
                giveFreedPlaces(meeting);
            }
            return Outcome.done(view(cancelled, meeting));
        });
    }

    @Override
    public List<PublicMeeting> upcoming() {
        return cache.get(List.of("upcoming meetings", thisMinute()), READ_FROM, () -> transactions.inTransaction(() -> meetings.all().stream()
                .filter(m -> m.endsAt().isAfter(clock.instant()))
                .sorted(Comparator.comparing(Meeting::startsAt)).map(this::publicMeeting).toList()));
    }

    @Override
    public Outcome<List<PublicMeeting>> ofCommunity(Slug community) {
        return cache.get(List.of("community meetings", community, thisMinute()), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(communities.findBySlug(community), "community", community)
                        .map(found -> inPublicOrder(meetings.of(new MeetingHost.Community(found.id()))))));
    }

    @Override
    public Outcome<List<PublicMeeting>> ofWorkstream(Slug workstream) {
        return cache.get(List.of("workstream meetings", workstream, thisMinute()), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(workstreams.findBySlug(workstream), "workstream", workstream)
                        .map(found -> inPublicOrder(meetings.of(new MeetingHost.Workstream(found.id()))))));
    }

    @Override
    public Outcome<PublicMeeting> meeting(MeetingId id) {
        return cache.get(List.of("meeting", id), READ_FROM, () -> transactions.inTransaction(() ->
                Outcome.found(meetings.find(id), "meeting", id).map(this::publicMeeting)));
    }

    // ---- staff ----

    @Override
    public Outcome<List<PublicMeeting>> meetings(Actor actor) {
        return asEngagementOfficer(actor, () -> Outcome.done(meetings.all().stream()
                .sorted(Comparator.comparing(Meeting::startsAt).reversed()).map(this::publicMeeting).toList()));
    }

    @Override
    public Outcome<StaffMeeting> meeting(Actor actor, MeetingId id) {
        return asEngagementOfficer(actor,
                () -> Outcome.found(meetings.find(id), "meeting", id).map(this::staffMeeting));
    }

    @Override
    public Outcome<StaffMeeting> schedule(Actor actor, MeetingDraft draft) {
        return asEngagementOfficer(actor, () -> {
            MeetingHost host = host(draft);
            Instant start = instant(draft.start(), "start");
            Instant end = instant(draft.end(), "end");
            if (!start.isAfter(clock.instant())) {
                return Outcome.rejected(Rejection.InvalidInput.of("start", "must be in the future"));
            }
            Meeting scheduled = meetings.add(Meeting.schedule(MeetingId.random(), host, draft.title(), draft.purpose(),
                    start, end, draft.venue(), draft.onlineLink(), draft.capacity()));
            audit.recordAdded(actor.id(), "meeting.scheduled", "meeting", scheduled.id(), "title", scheduled.title());
            return Outcome.done(staffMeeting(scheduled));
        });
    }

    @Override
    public Outcome<StaffMeeting> revise(Actor actor, MeetingId id, long version, MeetingDraft draft) {
        return changing(actor, id, version, "meeting.revised", was -> {
            if (!host(draft).equals(was.host())) {
                throw new InvalidValueException("community", "cannot change: schedule a new meeting for another host");
            }
            int taken = SeatPlan.taken(registrations.of(id));
            if (draft.capacity() < taken) {
                throw new InvalidValueException("capacity", "must be at least the " + taken + " places already confirmed");
            }
            Instant start = instant(draft.start(), "start");
            if (!start.isAfter(clock.instant())) {
                throw new InvalidValueException("start", "must be in the future");
            }
            return was.revise(draft.title(), draft.purpose(), start, instant(draft.end(), "end"), draft.venue(),
                    draft.onlineLink(), draft.capacity(), clock.instant());
        }, (was, is) -> {
            boolean moved = !was.startsAt().equals(is.startsAt()) || !was.endsAt().equals(is.endsAt())
                    || !was.venue().equals(is.venue()) || !was.onlineLink().equals(is.onlineLink());
            if (moved) {
                registrations.of(id).stream().filter(Registration::active).forEach(r -> notices.meetingChanged(r, is));
            }
            giveFreedPlaces(is);
        });
    }

    @Override
    public Outcome<StaffMeeting> cancel(Actor actor, MeetingId id, long version, String reason) {
        return changing(actor, id, version, "meeting.cancelled", was -> was.cancel(reason, clock.instant()),
                (was, is) -> registrations.of(id).stream().filter(Registration::active)
                        .forEach(r -> notices.meetingCancelled(r, is)));
    }

    @Override
    public Outcome<StaffMeeting> recordAfterwards(Actor actor, MeetingId id, long version, int attendance,
                                                  String summary) {
        return changing(actor, id, version, "meeting.recorded",
                was -> was.recordAfterwards(attendance, summary, clock.instant()), (was, is) -> {
                });
    }

    @FunctionalInterface
    private interface After {
        void accept(Meeting was, Meeting is);
    }

    private Outcome<StaffMeeting> changing(Actor actor, MeetingId id, long version, String action,
                                           UnaryOperator<Meeting> step, After after) {
        return asEngagementOfficer(actor, () -> meetingChanges.apply(meetings.lock(id), id, version, step).map(changed -> {
            after.accept(changed.was(), changed.is());
            audit.record(Optional.of(actor.id()), action, "meeting", id.toString(), List.of(new FieldChange("status",
                    Optional.of(changed.was().status().name()), Optional.of(changed.is().status().name()))));
            return staffMeeting(changed.is());
        }));
    }

    // ---- erasure ----

    @Override
    public List<Registration> forget(EmailAddress email) {
        return transactions.inTransaction(() -> {
            List<Registration> theirs = registrations.withEmail(email);
            for (MeetingId id : theirs.stream().map(Registration::meeting).distinct().toList()) {
                Meeting meeting = meetings.lock(id).orElseThrow();
                // Read again under the lock: a cancellation may have changed them since.
                List<Registration> held = registrations.of(id).stream()
                        .filter(registration -> registration.email().equals(email)).toList();
                held.forEach(registration -> registrations.remove(registration.id()));
                if (held.stream().anyMatch(Registration::active) && meeting.open(clock.instant())) {
                    giveFreedPlaces(meeting);
                }
            }
            return theirs;
        });
    }

    /** Gives places freed (by a cancellation or more places) to those waiting, in order, and tells each of them. */
    private void giveFreedPlaces(Meeting meeting) {
        List<Registration> current = registrations.of(meeting.id());
        for (Registration planned : SeatPlan.allocate(meeting.capacity(), current)) {
            Registration was = current.stream().filter(r -> r.id().equals(planned.id())).findFirst().orElseThrow();
            if (was.status() == RegistrationStatus.WAITING && planned.status() == RegistrationStatus.CONFIRMED) {
                Registration promoted = registrationChanges.storeOrUndo(planned);
                notices.promoted(promoted, meeting);
            }
        }
    }

    private Optional<Registration> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        return registrations.findByCancelHash(Secrets.sha256(token.strip()));
    }

    private RegistrationStanding view(Registration registration, Meeting meeting) {
        return new RegistrationStanding(publicMeeting(meeting), registration.status(), registration.places(),
                waitingAhead(registrations.of(meeting.id()), registration));
    }

    private static int waitingAhead(List<Registration> all, Registration registration) {
        if (registration.status() != RegistrationStatus.WAITING) {
            return 0;
        }
        return (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITING)
                .filter(r -> r.arrival() < registration.arrival()).count();
    }

    /** Lists that tell upcoming meetings from past ones are kept a minute at most, as meetings end as time goes by. */
    private Instant thisMinute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    private List<PublicMeeting> inPublicOrder(List<Meeting> found) {
        Instant now = clock.instant();
        Stream<Meeting> upcoming = found.stream().filter(m -> m.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::startsAt));
        Stream<Meeting> past = found.stream().filter(m -> !m.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::startsAt).reversed());
        return Stream.concat(upcoming, past).map(this::publicMeeting).toList();
    }

    private PublicMeeting publicMeeting(Meeting meeting) {
        List<Registration> all = registrations.of(meeting.id());
        int left = Math.max(0, meeting.capacity() - SeatPlan.taken(all));
        int waiting = (int) all.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count();
        return switch (meeting.host()) {
            case MeetingHost.Community(var id) -> {
                Optional<IntegratedCareCommunity> community = communities.find(id);
                yield new PublicMeeting(meeting, community.map(IntegratedCareCommunity::name).orElse("A community"),
                        "community", community.map(c -> c.slug().toString()).orElse(""), left, waiting);
            }
            case MeetingHost.Workstream(var id) -> {
                Optional<Workstream> workstream = workstreams.find(id);
                yield new PublicMeeting(meeting, workstream.map(Workstream::name).orElse("A workstream"),
                        "workstream", workstream.map(w -> w.slug().toString()).orElse(""), left, waiting);
            }
        };
    }

    private StaffMeeting staffMeeting(Meeting meeting) {
        return new StaffMeeting(publicMeeting(meeting), registrations.of(meeting.id()));
    }

    private MeetingHost host(MeetingDraft draft) {
        if (draft.community().isPresent()) {
            IntegratedCareCommunity community = communities.findBySlug(draft.community().get())
                    .orElseThrow(() -> new InvalidValueException("community", "must be one of the communities"));
            if (histories.of(community.id()).merger().isPresent()) {
                throw new InvalidValueException("community", "has been merged into another: choose the one it joined");
            }
            return new MeetingHost.Community(community.id());
        }
        return workstreams.findBySlug(Objects.requireNonNull(draft.workstream().orElseThrow()))
                .map(w -> (MeetingHost) new MeetingHost.Workstream(w.id()))
                .orElseThrow(() -> new InvalidValueException("workstream", "must be one of the workstreams"));
    }

    /** A UK local time as an instant; a time the clocks skip in spring is refused, one they repeat in autumn is the first. */
    private static Instant instant(java.time.LocalDateTime local, String field) {
        var zoned = local.atZone(UkTime.ZONE);
        if (!zoned.toLocalDateTime().equals(local)) {
            throw new InvalidValueException(field, "is a time that does not exist in the UK: the clocks go forward then");
        }
        return zoned.toInstant();
    }

    private <T> Outcome<T> asEngagementOfficer(Actor actor, Supplier<Outcome<T>> work) {
        return AccessPolicy.inTransactionAs(actor, transactions, work, Role.ENGAGEMENT_OFFICER, Role.ADMIN);
    }
}
