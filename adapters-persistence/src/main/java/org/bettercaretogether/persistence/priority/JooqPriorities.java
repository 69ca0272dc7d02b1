package org.bettercaretogether.persistence.priority;

import org.bettercaretogether.application.priority.Priorities;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityEvent;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.persistence.jooq.tables.records.LocalPriorityRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row2;
import org.jooq.Row4;
import org.jooq.Row5;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_DIMENSION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_STATUS_STEP;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The local priorities in the {@code local_priority} table, one row each, with the triple-aim dimensions each serves in
 * {@code local_priority_dimension} (a set), and the steps of its status ({@code local_priority_status_step}) and its
 * history ({@code local_priority_event}) in order ({@code position}). Read in one query (the set and the lists as
 * MULTISETs), by community (in their names' order) and rank; written in a transaction of their own, which becomes a
 * savepoint inside the caller's. An update replaces the dimensions and appends the status steps and the events not
 * stored yet: both only grow. Ranks are unique within a community when the transaction commits, so a re-ranking may
 * tie on the way. Times keep PostgreSQL's precision, microseconds. The rows become priorities in {@link #priority}
 * and priorities become rows in {@link #priorityRow}, {@link #dimensionRows}, {@link #stepRows} and
 * {@link #eventRows}, nowhere else.
 */
public final class JooqPriorities implements Priorities {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<Set<TripleAimDimension>> SERVES = multiset(
            select(LOCAL_PRIORITY_DIMENSION.DIMENSION)
                    .from(LOCAL_PRIORITY_DIMENSION)
                    .where(LOCAL_PRIORITY_DIMENSION.PRIORITY_ID.eq(LOCAL_PRIORITY.ID)))
            .as("serves")
            .convertFrom(rows -> rows.stream().map(dimension -> TripleAimDimension.valueOf(dimension.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private static final Field<List<StatusStep>> STATUS_STEPS = multiset(
            select(LOCAL_PRIORITY_STATUS_STEP.STATUS, LOCAL_PRIORITY_STATUS_STEP.STATUS_ON)
                    .from(LOCAL_PRIORITY_STATUS_STEP)
                    .where(LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID.eq(LOCAL_PRIORITY.ID))
                    .orderBy(LOCAL_PRIORITY_STATUS_STEP.POSITION))
            .as("status_steps")
            .convertFrom(rows -> rows.map(Records.mapping(JooqPriorities::statusStep)));

    private static final Field<List<PriorityEvent>> HISTORY = multiset(
            select(LOCAL_PRIORITY_EVENT.AT, LOCAL_PRIORITY_EVENT.KIND, LOCAL_PRIORITY_EVENT.DETAIL)
                    .from(LOCAL_PRIORITY_EVENT)
                    .where(LOCAL_PRIORITY_EVENT.PRIORITY_ID.eq(LOCAL_PRIORITY.ID))
                    .orderBy(LOCAL_PRIORITY_EVENT.POSITION))
            .as("history")
            .convertFrom(rows -> rows.map(Records.mapping(JooqPriorities::event)));

    private final DSLContext dsl;

    public JooqPriorities(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LocalPriority> ofCommunity(CommunityId community) {
        return prioritiesWhere(LOCAL_PRIORITY.COMMUNITY_ID.eq(community.value()));
    }

    /** {@inheritDoc} Communities come in the order of their names. */
    @Override
    public List<LocalPriority> all() {
        return prioritiesWhere(noCondition());
    }

    @Override
    public Optional<LocalPriority> find(PriorityId id) {
        return prioritiesWhere(LOCAL_PRIORITY.ID.eq(id.value())).stream().findFirst();
    }

    /**
     * {@inheritDoc} A lock on the community's row that conflicts only with itself ({@code FOR NO KEY UPDATE}): the
     * community's meetings, views and history are written meanwhile as ever.
     */
    @Override
    public void hold(CommunityId community) {
        dsl.select(COMMUNITY.ID).from(COMMUNITY).where(COMMUNITY.ID.eq(community.value())).forNoKeyUpdate().execute();
    }

    @Override
    public LocalPriority add(LocalPriority priority) {
        LocalPriority stored = priority.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(LOCAL_PRIORITY).set(priorityRow(stored)).execute();
            insertDimensions(stored);
            insertSteps(stored, 0);
            insertEvents(stored, 0);
            return stored;
        });
    }

    /**
     * {@inheritDoc} The dimensions are replaced and the status steps and events beyond those stored are appended, all
     * in one transaction.
     *
     * @throws IllegalArgumentException when the priority has fewer status steps or events than are stored: both only
     *                                  grow
     */
    @Override
    public Optional<LocalPriority> update(LocalPriority priority) {
        LocalPriority stored = priority.withVersion(priority.version() + 1);
        UUID id = priority.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(LOCAL_PRIORITY).set(priorityRow(stored))
                    .where(LOCAL_PRIORITY.ID.eq(id).and(LOCAL_PRIORITY.VERSION.eq(priority.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<LocalPriority>empty();
            }
            dsl.deleteFrom(LOCAL_PRIORITY_DIMENSION).where(LOCAL_PRIORITY_DIMENSION.PRIORITY_ID.eq(id)).execute();
            insertDimensions(stored);
            // The row is locked by the update above: no one else appends to these lists until we are done.
            int steps = dsl.fetchCount(LOCAL_PRIORITY_STATUS_STEP, LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID.eq(id));
            int events = dsl.fetchCount(LOCAL_PRIORITY_EVENT, LOCAL_PRIORITY_EVENT.PRIORITY_ID.eq(id));
            if (steps > stored.statusSteps().size() || events > stored.history().size()) {
                throw new IllegalArgumentException("priority " + stored.id() + " has " + stored.statusSteps().size()
                        + " status steps and " + stored.history().size() + " events, fewer than the " + steps
                        + " and " + events + " stored: they only grow");
            }
            insertSteps(stored, steps);
            insertEvents(stored, events);
            return Optional.of(stored);
        });
    }

    private List<LocalPriority> prioritiesWhere(Condition condition) {
        return dsl.select(LOCAL_PRIORITY.ID, LOCAL_PRIORITY.COMMUNITY_ID, LOCAL_PRIORITY.RANK, LOCAL_PRIORITY.TITLE,
                        LOCAL_PRIORITY.DESCRIPTION, SERVES, LOCAL_PRIORITY.RATIONALE, LOCAL_PRIORITY.THEME_ID,
                        LOCAL_PRIORITY.OWNER_ID, STATUS_STEPS, HISTORY, LOCAL_PRIORITY.VERSION)
                .from(LOCAL_PRIORITY)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(LOCAL_PRIORITY.COMMUNITY_ID))
                .where(condition)
                .orderBy(COMMUNITY.NAME.collate(BY_CODE_POINT), COMMUNITY.ID, LOCAL_PRIORITY.RANK, LOCAL_PRIORITY.ID)
                .fetch(Records.mapping(JooqPriorities::priority));
    }

    private void insertDimensions(LocalPriority priority) {
        dsl.insertInto(LOCAL_PRIORITY_DIMENSION, LOCAL_PRIORITY_DIMENSION.PRIORITY_ID,
                        LOCAL_PRIORITY_DIMENSION.DIMENSION)
                .valuesOfRows(dimensionRows(priority))
                .execute();
    }

    private void insertSteps(LocalPriority priority, int from) {
        List<Row4<UUID, Integer, String, LocalDate>> steps = stepRows(priority, from);
        if (!steps.isEmpty()) {
            dsl.insertInto(LOCAL_PRIORITY_STATUS_STEP, LOCAL_PRIORITY_STATUS_STEP.PRIORITY_ID,
                            LOCAL_PRIORITY_STATUS_STEP.POSITION, LOCAL_PRIORITY_STATUS_STEP.STATUS,
                            LOCAL_PRIORITY_STATUS_STEP.STATUS_ON)
                    .valuesOfRows(steps)
                    .execute();
        }
    }

    private void insertEvents(LocalPriority priority, int from) {
        List<Row5<UUID, Integer, OffsetDateTime, String, String>> events = eventRows(priority, from);
        if (!events.isEmpty()) {
            dsl.insertInto(LOCAL_PRIORITY_EVENT, LOCAL_PRIORITY_EVENT.PRIORITY_ID, LOCAL_PRIORITY_EVENT.POSITION,
                            LOCAL_PRIORITY_EVENT.AT, LOCAL_PRIORITY_EVENT.KIND, LOCAL_PRIORITY_EVENT.DETAIL)
                    .valuesOfRows(events)
                    .execute();
        }
    }

    // Rows to priorities ----------------------------------------------------------------------------------------

    private static LocalPriority priority(UUID id, UUID community, Integer rank, String title, String description,
                                          Set<TripleAimDimension> serves, String rationale, UUID theme, UUID owner,
                                          List<StatusStep> statusSteps, List<PriorityEvent> history, Long version) {
        return new LocalPriority(new PriorityId(id), new CommunityId(community), rank, title, description, serves,
                rationale, Optional.ofNullable(theme).map(ThemeId::new), new PartnerId(owner), statusSteps, history,
                version);
    }

    private static StatusStep statusStep(String status, LocalDate on) {
        return new StatusStep(PriorityStatus.valueOf(status), on);
    }

    private static PriorityEvent event(OffsetDateTime at, String kind, String detail) {
        return new PriorityEvent(at.toInstant(), PriorityEvent.Kind.valueOf(kind), detail);
    }

    // Priorities to rows ----------------------------------------------------------------------------------------

    private LocalPriorityRecord priorityRow(LocalPriority priority) {
        LocalPriorityRecord row = dsl.newRecord(LOCAL_PRIORITY);
        row.setId(priority.id().value());
        row.setCommunityId(priority.community().value());
        row.setRank(priority.rank());
        row.setTitle(priority.title());
        row.setDescription(priority.description());
        row.setRationale(priority.rationale());
        row.setThemeId(priority.theme().map(ThemeId::value).orElse(null));
        row.setOwnerId(priority.owner().value());
        row.setVersion(priority.version());
        return row;
    }

    /** Never empty: a priority serves at least one dimension. */
    private static List<Row2<UUID, String>> dimensionRows(LocalPriority priority) {
        return priority.serves().stream().map(dimension -> row(priority.id().value(), dimension.name())).toList();
    }

    /** The status steps from position {@code from} on. */
    private static List<Row4<UUID, Integer, String, LocalDate>> stepRows(LocalPriority priority, int from) {
        List<StatusStep> steps = priority.statusSteps();
        return IntStream.range(from, steps.size()).mapToObj(position -> {
            StatusStep step = steps.get(position);
            return row(priority.id().value(), position, step.status().name(), step.on());
        }).toList();
    }

    /** The events of the history from position {@code from} on. */
    private static List<Row5<UUID, Integer, OffsetDateTime, String, String>> eventRows(LocalPriority priority,
                                                                                       int from) {
        List<PriorityEvent> history = priority.history();
        return IntStream.range(from, history.size()).mapToObj(position -> {
            PriorityEvent event = history.get(position);
            return row(priority.id().value(), position, time(event.at()), event.kind().name(), event.detail());
        }).toList();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
