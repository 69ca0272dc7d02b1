package org.bettercaretogether.persistence.meeting;

import org.bettercaretogether.application.meeting.Meetings;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.meeting.Meeting;
import org.bettercaretogether.domain.meeting.MeetingHost;
import org.bettercaretogether.domain.meeting.MeetingId;
import org.bettercaretogether.domain.meeting.MeetingStatus;
import org.bettercaretogether.domain.meeting.Venue;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.jooq.tables.records.MeetingRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record17;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING_ACCESS_FEATURE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The public meetings in the {@code meeting} table, one row each, with what the venue offers in
 * {@code meeting_access_feature} (a set). The host is one of two nullable columns ({@code community_id},
 * {@code workstream_id}), the table keeping exactly one set; the venue is a group of nullable columns. Read in one
 * query (the access features as a MULTISET, the host as a nested row), by start; written in a transaction of their
 * own, which becomes a savepoint inside the caller's, an update replacing the access features. Times are
 * {@code timestamptz}: instants kept to PostgreSQL's precision, microseconds, whatever the session's time zone.
 * {@link #lock} is {@code SELECT ... FOR UPDATE}: the row stays locked until the caller's transaction ends, and anyone
 * else locking or changing the meeting meanwhile waits (outside a transaction the lock ends with the statement). The
 * rows become meetings in {@link #meeting} and {@link #venue}, and meetings become rows in {@link #meetingRow} and
 * {@link #featureRows}, nowhere else.
 */
public final class JooqMeetings implements Meetings {

    private static final Field<Set<AccessFeature>> ACCESS = multiset(
            select(MEETING_ACCESS_FEATURE.FEATURE)
                    .from(MEETING_ACCESS_FEATURE)
                    .where(MEETING_ACCESS_FEATURE.MEETING_ID.eq(MEETING.ID)))
            .as("access")
            .convertFrom(rows -> rows.stream().map(feature -> AccessFeature.valueOf(feature.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    /** The table keeps exactly one of the two set. */
    private static final SelectField<MeetingHost> HOST = row(MEETING.COMMUNITY_ID, MEETING.WORKSTREAM_ID)
            .mapping((community, workstream) -> community != null
                    ? new MeetingHost.Community(new CommunityId(community))
                    : new MeetingHost.Workstream(new WorkstreamId(workstream)));

    private final DSLContext dsl;

    public JooqMeetings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Meeting add(Meeting meeting) {
        Meeting stored = meeting.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(MEETING).set(meetingRow(stored)).execute();
            insertFeatures(stored);
            return stored;
        });
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        return selectMeetings()
                .where(MEETING.ID.eq(id.value()))
                .fetchOptional(Records.mapping(JooqMeetings::meeting));
    }

    /** {@inheritDoc} Waits while another transaction holds the meeting. */
    @Override
    public Optional<Meeting> lock(MeetingId id) {
        return selectMeetings()
                .where(MEETING.ID.eq(id.value()))
                .forUpdate()
                .of(MEETING)
                .fetchOptional(Records.mapping(JooqMeetings::meeting));
    }

    @Override
    public Optional<Meeting> update(Meeting meeting) {
        Meeting stored = meeting.withVersion(meeting.version() + 1);
        UUID id = meeting.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(MEETING).set(meetingRow(stored))
                    .where(MEETING.ID.eq(id).and(MEETING.VERSION.eq(meeting.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<Meeting>empty();
            }
            dsl.deleteFrom(MEETING_ACCESS_FEATURE).where(MEETING_ACCESS_FEATURE.MEETING_ID.eq(id)).execute();
            insertFeatures(stored);
            return Optional.of(stored);
        });
    }

    /** {@inheritDoc} Meetings starting at the same moment in a fixed order. */
    @Override
    public List<Meeting> of(MeetingHost host) {
        return meetingsWhere(switch (host) {
            case MeetingHost.Community community -> MEETING.COMMUNITY_ID.eq(community.community().value());
            case MeetingHost.Workstream workstream -> MEETING.WORKSTREAM_ID.eq(workstream.workstream().value());
        });
    }

    /** {@inheritDoc} Meetings starting at the same moment in a fixed order. */
    @Override
    public List<Meeting> all() {
        return meetingsWhere(noCondition());
    }

    private List<Meeting> meetingsWhere(Condition condition) {
        return selectMeetings()
                .where(condition)
                .orderBy(MEETING.STARTS_AT, MEETING.ID)
                .fetch(Records.mapping(JooqMeetings::meeting));
    }

    /** The columns {@link #meeting} is built from, in its order, from the table. */
    private SelectJoinStep<Record17<UUID, MeetingHost, String, String, OffsetDateTime, OffsetDateTime, String, String,
            String, Set<AccessFeature>, String, Integer, String, String, Integer, String, Long>> selectMeetings() {
        return dsl.select(MEETING.ID, HOST, MEETING.TITLE, MEETING.PURPOSE, MEETING.STARTS_AT, MEETING.ENDS_AT,
                        MEETING.VENUE_NAME, MEETING.VENUE_ADDRESS, MEETING.VENUE_ACCESS_NOTES, ACCESS,
                        MEETING.ONLINE_LINK, MEETING.CAPACITY, MEETING.STATUS, MEETING.CANCELLATION_REASON,
                        MEETING.ATTENDANCE, MEETING.SUMMARY, MEETING.VERSION)
                .from(MEETING);
    }

    private void insertFeatures(Meeting meeting) {
        List<Row2<UUID, String>> features = featureRows(meeting);
        if (!features.isEmpty()) {
            dsl.insertInto(MEETING_ACCESS_FEATURE, MEETING_ACCESS_FEATURE.MEETING_ID, MEETING_ACCESS_FEATURE.FEATURE)
                    .valuesOfRows(features)
                    .execute();
        }
    }

    // Rows to meetings ------------------------------------------------------------------------------------------

    private static Meeting meeting(UUID id, MeetingHost host, String title, String purpose, OffsetDateTime startsAt,
                                   OffsetDateTime endsAt, String venueName, String venueAddress,
                                   String venueAccessNotes, Set<AccessFeature> access, String onlineLink,
                                   Integer capacity, String status, String cancellationReason, Integer attendance,
                                   String summary, Long version) {
        return new Meeting(new MeetingId(id), host, title, purpose, startsAt.toInstant(), endsAt.toInstant(),
                venue(venueName, venueAddress, venueAccessNotes, access),
                Optional.ofNullable(onlineLink).map(URI::create), capacity, MeetingStatus.valueOf(status),
                Optional.ofNullable(cancellationReason), Optional.ofNullable(attendance), Optional.ofNullable(summary),
                version);
    }

    /** None when online only: the table keeps the name and address both set or both null. */
    private static Optional<Venue> venue(String name, String address, String accessNotes, Set<AccessFeature> access) {
        return name == null ? Optional.empty()
                : Optional.of(new Venue(name, address, access, Optional.ofNullable(accessNotes)));
    }

    // Meetings to rows ------------------------------------------------------------------------------------------

    private MeetingRecord meetingRow(Meeting meeting) {
        MeetingRecord row = dsl.newRecord(MEETING);
        row.setId(meeting.id().value());
        MeetingHost host = meeting.host();
        row.setCommunityId(host instanceof MeetingHost.Community community ? community.community().value() : null);
        row.setWorkstreamId(host instanceof MeetingHost.Workstream workstream ? workstream.workstream().value() : null);
        row.setTitle(meeting.title());
        row.setPurpose(meeting.purpose());
        row.setStartsAt(time(meeting.startsAt()));
        row.setEndsAt(time(meeting.endsAt()));
        Optional<Venue> venue = meeting.venue();
        row.setVenueName(venue.map(Venue::name).orElse(null));
        row.setVenueAddress(venue.map(Venue::address).orElse(null));
        row.setVenueAccessNotes(venue.flatMap(Venue::accessNotes).orElse(null));
        row.setOnlineLink(meeting.onlineLink().map(URI::toString).orElse(null));
        row.setCapacity(meeting.capacity());
        row.setStatus(meeting.status().name());
        row.setCancellationReason(meeting.cancellationReason().orElse(null));
        row.setAttendance(meeting.attendance().orElse(null));
        row.setSummary(meeting.summary().orElse(null));
        row.setVersion(meeting.version());
        return row;
    }

    /** The venue's access features; none when online only. */
    private static List<Row2<UUID, String>> featureRows(Meeting meeting) {
        return meeting.venue().map(Venue::access).orElse(Set.of()).stream()
                .map(feature -> row(meeting.id().value(), feature.name()))
                .toList();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
