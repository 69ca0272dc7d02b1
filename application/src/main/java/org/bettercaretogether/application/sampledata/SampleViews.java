package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.application.shared.Secrets;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.community.PostcodeDistrict;
import org.bettercaretogether.domain.feedback.Assignment;
import org.bettercaretogether.domain.feedback.Channel;
import org.bettercaretogether.domain.feedback.Closure;
import org.bettercaretogether.domain.feedback.Consent;
import org.bettercaretogether.domain.feedback.ContactDetails;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.Origin;
import org.bettercaretogether.domain.feedback.PersonalDetails;
import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.domain.feedback.Response;
import org.bettercaretogether.domain.feedback.SafeguardingFlag;
import org.bettercaretogether.domain.feedback.Subject;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.domain.feedback.WithholdReason;
import org.bettercaretogether.domain.feedback.WorkingDays;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.EmailAddress;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.staff.StaffMemberId;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The sample's views, made one at a time as they are asked for, oldest first, each in the state its life has reached
 * by today.
 *
 * <p>A view's life is played through the domain's own steps (received, perhaps flagged, published or withheld, themes
 * tagged, assigned, answered, closed, perhaps erased), each a while after the one before; the steps that would fall
 * after today have not happened yet. So the states come out of how long each step takes: recent views wait for
 * moderation or an answer, older ones are mostly answered and closed, and a few were left behind. The proportions:
 * views come more often as the programme grows (about half of them in the last year); nearly nine in ten people agree
 * to publication and a few views are withheld for other reasons; about a third of those moderated are assigned to a
 * partner for an answer, seven in ten of which are answered on time.
 *
 * <p>Every choice for view number {@code n} comes from a random generator seeded with the seed and {@code n}, so a
 * view does not depend on the ones made before it.
 */
final class SampleViews implements Iterator<BulkView> {

    /** Where views can be about: a subject, with what its views may mention and who answers them. */
    record Area(Subject subject, List<String> towns, List<PostcodeDistrict> districts, String name, String hospital,
                List<PartnerId> answerers) {
    }

    /** A meeting that has taken place, where views were given. */
    record PastMeeting(MeetingId id, Area host, long endsAtMillis, LocalDate day) {
    }

    /** A change made that views can be linked to: where it applies, when it was planned, the themes it answers. */
    record ChangeRef(ChangeId id, LocalDate plannedOn, Set<ThemeId> themes) {
    }

    /** Who does what among the staff. */
    record Roles(List<StaffMemberId> moderators, List<StaffMemberId> enterers, List<StaffMemberId> administrators,
                 Map<PartnerId, StaffMemberId> responders) {
    }

    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** How much more often views come now than three years ago is set by this share of steady arrivals. */
    private static final double STEADY = 0.35;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Channel[] CHANNELS = Channel.values();
    private static final int[] CHANNEL_WEIGHTS = weights(Channel.class, Map.of(Channel.ONLINE, 52, Channel.MEETING, 11,
            Channel.EMAIL, 10, Channel.PAPER_FORM, 9, Channel.PHONE, 7, Channel.LETTER, 6, Channel.SOCIAL_MEDIA, 5));
    private static final ContributorRole[] ROLES = ContributorRole.values();
    private static final int[] ROLE_WEIGHTS = weights(ContributorRole.class, Map.of(ContributorRole.PATIENT, 34,
            ContributorRole.MEMBER_OF_PUBLIC, 36, ContributorRole.NHS_STAFF, 9, ContributorRole.CLINICIAN, 5,
            ContributorRole.VOLUNTARY_ORGANISATION, 6, ContributorRole.ELECTED_MEMBER, 3, ContributorRole.OTHER, 7));

    private final SampleKeys keys;
    private final long first;
    /** The denominator of {@link #linkChance}. */
    private static final int LINK_CHANCE_OUT_OF = 1_000_000;
    /** Fifteen in a thousand: what a large sample links, about 2,700 views for 61 changes at a million views. */
    private static final int LEAST_LINK_CHANCE = 15_000;
    /**
     * The chance is this many divided by the views made, down to the least: a sample of 10,000 views links half the
     * views it can, one of 100,000 a twentieth, one of a million or more the least. Enough for a change to name a
     * dozen views or more at any size; few enough that a community's scorecard counts hundreds, not thousands.
     */
    private static final int LINKS_WANTED = 5_000;

    private final int count;
    /** The chance, out of {@link #LINK_CHANCE_OUT_OF}, that a published view is linked to a change it could be behind. */
    private final int linkChance;
    private final long nowMillis;
    private final long startMillis;
    private final LocalDate today;
    private final List<Area> communities;
    private final List<Area> workstreams;
    private final List<Area> networks;
    private final Area programme;
    private final Map<SampleWords.Topic, ThemeId> themes;
    private final Roles staff;
    private final List<PastMeeting> meetings;
    private final long[] meetingEnds;
    private final Map<Subject, List<ChangeRef>> changes;
    private final List<ChangeRef> programmeChanges;
    private final WorkingDays workingDays = WorkingDays.england();
    private final int targetWorkingDays;
    private final Map<LocalDate, LocalDate> dueDays = new HashMap<>();
    private final ViewTally tally;
    private int made;

    SampleViews(SampleKeys keys, long first, int count, Instant now, List<Area> communities, List<Area> workstreams,
                List<Area> networks, Area programme, Map<SampleWords.Topic, ThemeId> themes, Roles staff,
                List<PastMeeting> meetings, Map<Subject, List<ChangeRef>> changes, int targetWorkingDays) {
        this.keys = keys;
        this.first = first;
        this.count = count;
        this.linkChance = (int) Math.min(LINK_CHANCE_OUT_OF,
                Math.max(LEAST_LINK_CHANCE, (long) LINKS_WANTED * LINK_CHANCE_OUT_OF / Math.max(1, count)));
        this.nowMillis = now.toEpochMilli();
        this.startMillis = now.atOffset(ZoneOffset.UTC).minusYears(3).toInstant().toEpochMilli();
        this.today = UkTime.dayOf(now);
        this.communities = List.copyOf(communities);
        this.workstreams = List.copyOf(workstreams);
        this.networks = List.copyOf(networks);
        this.programme = programme;
        this.themes = Map.copyOf(themes);
        this.staff = staff;
        this.meetings = meetings.stream().sorted(Comparator.comparingLong(PastMeeting::endsAtMillis)).toList();
        this.meetingEnds = this.meetings.stream().mapToLong(PastMeeting::endsAtMillis).toArray();
        this.changes = Map.copyOf(changes);
        this.programmeChanges = changes.getOrDefault(Subject.programme(), List.of());
        this.targetWorkingDays = targetWorkingDays;
        this.tally = new ViewTally(today);
    }

    /** What the views made so far look like; complete once the last is made. */
    ViewTally tally() {
        return tally;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public BulkView next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BulkView view = view(made);
        made++;
        tally.count(view.feedback(), view.changes().size());
        return view;
    }

    private BulkView view(int index) {
        long number = first + index;
        SplittableRandom random = keys.random("view", number);

        // Oldest first: view i falls in the i-th of count equal slices of arrivals, whose pace grows over time.
        double share = (index + random.nextDouble()) / count;
        double along = (-STEADY + Math.sqrt(STEADY * STEADY + 4 * (1 - STEADY) * share)) / (2 * (1 - STEADY));
        long received = Math.min(nowMillis - MINUTE, startMillis + (long) (along * (nowMillis - startMillis)));
        Instant receivedAt = Instant.ofEpochMilli(received);
        LocalDate receivedDay = UkTime.dayOf(receivedAt);

        Channel channel = CHANNELS[weighted(random, CHANNEL_WEIGHTS)];
        ContributorRole role = ROLES[weighted(random, ROLE_WEIGHTS)];
        Optional<PastMeeting> meeting = channel == Channel.MEETING ? meetingBefore(random, received) : Optional.empty();
        Area area = meeting.map(PastMeeting::host).orElseGet(() -> area(random));
        Area setting = area.towns().isEmpty() ? SampleWords.pick(random, communities) : area;
        String town = SampleWords.pick(random, setting.towns());
        SampleWords.Place place = new SampleWords.Place(town, area.name(), setting.hospital());
        Origin origin = origin(random, channel, receivedDay, meeting, town);

        List<SampleWords.Topic> topics = SampleWords.topics(random);
        String words = SampleWords.view(random, role, topics, place);
        ContactDetails contact = ContactDetails.none();
        String publicWords = words;
        if (random.nextInt(100) < 38) {
            contact = contact(random);
            // Some people put their number or address in their words too; the moderator takes it out.
            if (random.nextInt(100) < 8) {
                words = words + (contact.phone().isPresent()
                        ? " You can ring me on " + contact.phone().get().value() + "."
                        : contact.email().map(email -> " My email address is " + email.value() + ".").orElse(""));
                publicWords = PersonalDetails.redacted(words);
            }
        }
        boolean canBeContacted = contact.email().isPresent() || contact.phone().isPresent();
        Consent consent = new Consent(canBeContacted && random.nextInt(100) < 75, random.nextInt(100) < 86);
        Optional<PostcodeDistrict> district = random.nextInt(100) < 45 && !setting.districts().isEmpty()
                ? Optional.of(SampleWords.pick(random, setting.districts())) : Optional.empty();
        String trackingHash = Secrets.sha256(SampleKeys.token("v", random));

        Feedback view = Feedback.receive(new FeedbackId(SampleKeys.viewId(receivedAt, number, random.nextLong())),
                SampleKeys.reference(number), area.subject(), role, origin, new ViewText(words), contact, consent,
                district, trackingHash, receivedAt);
        List<ChangeId> links = new ArrayList<>();
        view = live(view, random, received, topics, place, publicWords, area, links);
        return new BulkView(view, links);
    }

    /** Plays the view's life on from receipt, as far as today. */
    private Feedback live(Feedback received, SplittableRandom random, long receivedAt, List<SampleWords.Topic> topics,
                          SampleWords.Place place, String publicWords, Area area, List<ChangeId> links) {
        Feedback view = received;
        long moderated = receivedAt + moderationDelay(random);
        if (moderated >= nowMillis) {
            return view;
        }
        StaffMemberId moderator = SampleWords.pick(random, staff.moderators());
        boolean safeguarding = random.nextInt(1000) < 4;
        if (safeguarding) {
            view = view.flagSafeguarding(new SafeguardingFlag(Instant.ofEpochMilli(moderated), moderator,
                    SampleWords.safeguardingNote(random)));
            moderated += MINUTE + random.nextLong(20 * MINUTE);
        }
        Instant moderatedAt = Instant.ofEpochMilli(moderated);
        WithholdReason reason = safeguarding ? WithholdReason.SAFEGUARDING
                : !view.consent().toPublish() ? WithholdReason.NO_CONSENT
                : withholdReason(random);
        if (reason == null) {
            view = view.publish(new PublicText(publicWords), moderatedAt, moderator);
        } else {
            view = view.withhold(reason, SampleWords.withholdNote(random, reason), moderatedAt, moderator);
        }
        long last = moderated;

        if (random.nextInt(100) < 92) {
            long tagged = last + MINUTE + random.nextLong(40 * MINUTE);
            if (tagged >= nowMillis) {
                return view;
            }
            Set<ThemeId> tags = new LinkedHashSet<>();
            for (SampleWords.Topic topic : topics) {
                ThemeId theme = themes.get(topic);
                if (theme != null) {
                    tags.add(theme);
                }
            }
            if (!tags.isEmpty()) {
                view = view.tagThemes(tags, Instant.ofEpochMilli(tagged), moderator);
                last = tagged;
                if (reason == null) {
                    link(view, random, area, links);
                }
            }
        }

        if (reason == WithholdReason.SAFEGUARDING) {
            return closeOrErase(view, random, last + 2 * DAY + random.nextLong(28 * DAY),
                    SampleWords.pick(random, staff.administrators()),
                    Optional.of(SampleWords.reasonToCloseWithheld(reason)));
        }
        boolean answerable = reason == null || reason == WithholdReason.NO_CONSENT
                || reason == WithholdReason.PERSONAL_DETAILS;
        int assignShare = reason == null ? 33 : 25;
        List<PartnerId> answerers = area.answerers();
        if (!answerable || answerers.isEmpty() || random.nextInt(100) >= assignShare) {
            // Not for a partner to answer: most withheld views and some published ones are closed with a reason.
            int closeShare = answerable ? 30 : 70;
            if (random.nextInt(100) < closeShare) {
                Optional<String> why = Optional.of(answerable ? SampleWords.reasonToCloseUnanswered(random)
                        : SampleWords.reasonToCloseWithheld(reason));
                return closeOrErase(view, random, last + HOUR + random.nextLong(14 * DAY), moderator, why);
            }
            return erasedPerhaps(view, random, last);
        }

        long assigned = last + 10 * MINUTE + random.nextLong(2 * DAY);
        if (assigned >= nowMillis) {
            return view;
        }
        PartnerId partner = SampleWords.pick(random, answerers);
        LocalDate dueOn = dueDays.computeIfAbsent(view.origin().receivedOn(),
                day -> workingDays.after(day, targetWorkingDays));
        view = view.assign(new Assignment(partner, dueOn, Instant.ofEpochMilli(assigned), moderator));
        last = assigned;

        long dueEnd = UkTime.startOf(dueOn.plusDays(1)).toEpochMilli();
        int timing = random.nextInt(100);
        long answered;
        if (timing < 70 && dueEnd - HOUR > assigned + 2 * HOUR) {
            answered = assigned + HOUR + random.nextLong(dueEnd - HOUR - (assigned + HOUR));
        } else if (timing < 92) {
            answered = Math.max(dueEnd, assigned + HOUR) + HOUR + random.nextLong(40 * DAY);
        } else {
            return view; // left unanswered: overdue once its day has passed
        }
        if (answered >= nowMillis) {
            return view;
        }
        StaffMemberId responder = staff.responders().get(partner);
        view = view.respond(new Response(partner, SampleWords.answer(random, topics, place),
                Instant.ofEpochMilli(answered), responder));
        last = answered;
        if (random.nextInt(100) < 75) {
            return closeOrErase(view, random, last + HOUR + random.nextLong(21 * DAY), responder, Optional.empty());
        }
        return erasedPerhaps(view, random, last);
    }

    private Feedback closeOrErase(Feedback view, SplittableRandom random, long at, StaffMemberId by,
                                  Optional<String> reason) {
        if (at >= nowMillis) {
            return view;
        }
        return erasedPerhaps(view.close(new Closure(Instant.ofEpochMilli(at), by, reason)), random, at);
    }

    /** A few people ask for their details to be erased, some time after the last step. */
    private Feedback erasedPerhaps(Feedback view, SplittableRandom random, long last) {
        if (view.contact().isEmpty() || random.nextInt(1000) >= 15) {
            return view;
        }
        long erased = last + DAY + random.nextLong(120 * DAY);
        return erased < nowMillis
                ? view.erase(Instant.ofEpochMilli(erased), SampleWords.pick(random, staff.administrators()))
                : view;
    }

    /**
     * A published view may be one of those behind a change its area made soon after, on one of its themes. The chance
     * is set so that a change names dozens of views at any size of sample: a few in a thousand at a million views (not
     * thousands of views a change), more in a smaller sample (not none, which would leave "you said, we did" with
     * changes no view led to, and make it look cheaper there than it is).
     */
    private void link(Feedback view, SplittableRandom random, Area area, List<ChangeId> links) {
        if (random.nextInt(LINK_CHANCE_OUT_OF) >= linkChance) {
            return;
        }
        List<ChangeRef> candidates = new ArrayList<>();
        LocalDate given = view.origin().receivedOn();
        for (List<ChangeRef> pool : List.of(changes.getOrDefault(area.subject(), List.of()), programmeChanges)) {
            for (ChangeRef change : pool) {
                if (!change.plannedOn().isBefore(given) && change.plannedOn().isBefore(given.plusDays(240))
                        && change.themes().stream().anyMatch(view.themes()::contains)) {
                    candidates.add(change);
                }
            }
        }
        if (!candidates.isEmpty()) {
            links.add(SampleWords.pick(random, candidates).id());
        }
    }

    /**
     * Most views are moderated within a day or two, some within three weeks; a sixth wait in the backlog for up to
     * eleven months.
     */
    private static long moderationDelay(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 65) {
            return 10 * MINUTE + (long) (-Math.log(1 - random.nextDouble()) * 1.5 * DAY);
        }
        if (kind < 84) {
            return 2 * DAY + random.nextLong(19 * DAY);
        }
        return 21 * DAY + random.nextLong(310 * DAY);
    }

    /** Why a view the person agreed to publish is withheld all the same; null for most: it is published. */
    private static WithholdReason withholdReason(SplittableRandom random) {
        int pick = random.nextInt(1000);
        if (pick < 30) {
            return WithholdReason.PERSONAL_DETAILS;
        }
        if (pick < 55) {
            return WithholdReason.OFF_TOPIC;
        }
        if (pick < 75) {
            return WithholdReason.DUPLICATE;
        }
        if (pick < 90) {
            return WithholdReason.ABUSIVE;
        }
        return null;
    }

    private Area area(SplittableRandom random) {
        int pick = random.nextInt(100);
        if (pick < 68 || (workstreams.isEmpty() && networks.isEmpty())) {
            return SampleWords.pick(random, communities);
        }
        if (pick < 82 && !workstreams.isEmpty()) {
            return SampleWords.pick(random, workstreams);
        }
        if (pick < 88 && !networks.isEmpty()) {
            return SampleWords.pick(random, networks);
        }
        return programme;
    }

    /** One of the meetings that ended in the two weeks before the view was entered, if there was one. */
    private Optional<PastMeeting> meetingBefore(SplittableRandom random, long enteredAt) {
        int upTo = upperBound(meetingEnds, enteredAt);
        int from = upperBound(meetingEnds, enteredAt - 14 * DAY);
        return upTo > from ? Optional.of(meetings.get(from + random.nextInt(upTo - from))) : Optional.empty();
    }

    /** The index of the first element greater than {@code value}. */
    private static int upperBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** How the view came: the day it was given, and for views staff entered, who entered it and from what. */
    private Origin origin(SplittableRandom random, Channel channel, LocalDate enteredOn, Optional<PastMeeting> meeting,
                         String town) {
        if (channel == Channel.ONLINE) {
            return Origin.online(enteredOn);
        }
        Optional<StaffMemberId> enteredBy = Optional.of(SampleWords.pick(random, staff.enterers()));
        return switch (channel) {
            case MEETING -> meeting.isPresent()
                    ? new Origin(channel, meeting.get().day(), Optional.empty(), enteredBy, Optional.of(meeting.get().id()))
                    : new Origin(channel, enteredOn.minusDays(random.nextInt(3)), Optional.of(SampleWords.pick(random,
                    List.of("Stall at " + town + " market", "Drop-in at " + town + " library",
                            "Coffee morning at " + town + " community centre"))), enteredBy);
            case LETTER, PAPER_FORM -> {
                LocalDate arrived = enteredOn.minusDays(random.nextInt(5));
                yield new Origin(channel, arrived, Optional.of("Post received in the week beginning "
                        + WEEK.format(arrived.with(DayOfWeek.MONDAY))), enteredBy);
            }
            case SOCIAL_MEDIA -> new Origin(channel, enteredOn, random.nextBoolean()
                    ? Optional.of("Comments on the programme's social media pages") : Optional.empty(), enteredBy);
            default -> new Origin(channel, enteredOn, Optional.empty(), enteredBy);
        };
    }

    private static ContactDetails contact(SplittableRandom random) {
        String firstName = SamplePeople.firstName(random);
        String surname = SamplePeople.surname(random);
        boolean named = random.nextInt(100) < 90;
        Optional<EmailAddress> email = random.nextInt(100) < 70
                ? Optional.of(SamplePeople.email(random, firstName, surname)) : Optional.empty();
        Optional<PhoneNumber> phone = email.isEmpty() || random.nextInt(100) < 30
                ? Optional.of(SamplePeople.phone(random)) : Optional.empty();
        return new ContactDetails(named ? Optional.of(firstName + " " + surname) : Optional.empty(), email, phone);
    }

    private static <E extends Enum<E>> int[] weights(Class<E> type, Map<E, Integer> weights) {
        E[] constants = type.getEnumConstants();
        int[] cumulative = new int[constants.length];
        int sum = 0;
        for (int i = 0; i < constants.length; i++) {
            sum += weights.getOrDefault(constants[i], 0);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int weighted(SplittableRandom random, int[] cumulative) {
        int pick = random.nextInt(cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (pick < cumulative[i]) {
                return i;
            }
        }
        throw new AssertionError("the pick is below the total");
    }
}
