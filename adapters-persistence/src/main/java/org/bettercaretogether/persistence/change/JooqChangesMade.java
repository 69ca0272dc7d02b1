package org.bettercaretogether.persistence.change;

import org.bettercaretogether.application.change.ChangesMade;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.feedback.FeedbackId;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.persistence.jooq.tables.records.ChangeMadeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row2;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The changes made in the {@code change_made} table, with the views ({@code change_view}) and themes
 * ({@code change_theme}) behind each, both sets, and the consultation it came from ({@code consultation_id}). Read in one query (the sets as MULTISETs); written in a transaction
 * of their own, which becomes a savepoint inside the caller's, an update replacing both sets. The rows become
 * changes in {@link #change} and changes become rows in {@link #changeRow}, {@link #viewRows} and
 * {@link #themeRows}, nowhere else.
 */
public final class JooqChangesMade implements ChangesMade {

    private static final Field<Set<FeedbackId>> VIEWS = multiset(
            select(CHANGE_VIEW.FEEDBACK_ID)
                    .from(CHANGE_VIEW)
                    .where(CHANGE_VIEW.CHANGE_ID.eq(CHANGE_MADE.ID)))
            .as("views")
            .convertFrom(rows -> rows.stream().map(view -> new FeedbackId(view.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private static final Field<Set<ThemeId>> THEMES = multiset(
            select(CHANGE_THEME.THEME_ID)
                    .from(CHANGE_THEME)
                    .where(CHANGE_THEME.CHANGE_ID.eq(CHANGE_MADE.ID)))
            .as("themes")
            .convertFrom(rows -> rows.stream().map(theme -> new ThemeId(theme.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private final DSLContext dsl;

    public JooqChangesMade(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@inheritDoc} Changes planned the same day in a fixed order. */
    @Override
    public List<ChangeMade> all() {
        return changesWhere(noCondition());
    }

    @Override
    public Optional<ChangeMade> find(ChangeId id) {
        return changesWhere(CHANGE_MADE.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public ChangeMade add(ChangeMade change) {
        ChangeMade stored = change.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(CHANGE_MADE).set(changeRow(stored)).execute();
            insertLinks(stored);
            return stored;
        });
    }

    @Override
    public Optional<ChangeMade> update(ChangeMade change) {
        ChangeMade stored = change.withVersion(change.version() + 1);
        UUID id = change.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(CHANGE_MADE).set(changeRow(stored))
                    .where(CHANGE_MADE.ID.eq(id).and(CHANGE_MADE.VERSION.eq(change.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<ChangeMade>empty();
            }
            dsl.deleteFrom(CHANGE_VIEW).where(CHANGE_VIEW.CHANGE_ID.eq(id)).execute();
            dsl.deleteFrom(CHANGE_THEME).where(CHANGE_THEME.CHANGE_ID.eq(id)).execute();
            insertLinks(stored);
            return Optional.of(stored);
        });
    }

    private List<ChangeMade> changesWhere(Condition condition) {
        return dsl.select(CHANGE_MADE.ID, CHANGE_MADE.TITLE, CHANGE_MADE.DESCRIPTION, CHANGE_MADE.COMMUNITY_ID,
                        CHANGE_MADE.WORKSTREAM_ID, CHANGE_MADE.STATUS, CHANGE_MADE.PLANNED_ON, CHANGE_MADE.STARTED_ON,
                        CHANGE_MADE.MADE_ON, VIEWS, THEMES, CHANGE_MADE.CONSULTATION_ID, CHANGE_MADE.VERSION)
                .from(CHANGE_MADE)
                .where(condition)
                .orderBy(CHANGE_MADE.PLANNED_ON.desc(), CHANGE_MADE.ID)
                .fetch(Records.mapping(JooqChangesMade::change));
    }

    private void insertLinks(ChangeMade change) {
        List<Row2<UUID, UUID>> views = viewRows(change);
        if (!views.isEmpty()) {
            dsl.insertInto(CHANGE_VIEW, CHANGE_VIEW.CHANGE_ID, CHANGE_VIEW.FEEDBACK_ID).valuesOfRows(views).execute();
        }
        List<Row2<UUID, UUID>> themes = themeRows(change);
        if (!themes.isEmpty()) {
            dsl.insertInto(CHANGE_THEME, CHANGE_THEME.CHANGE_ID, CHANGE_THEME.THEME_ID).valuesOfRows(themes).execute();
        }
    }

    // Rows to changes -------------------------------------------------------------------------------------------

    private static ChangeMade change(UUID id, String title, String description, UUID community, UUID workstream,
                                     String status, LocalDate plannedOn, LocalDate startedOn, LocalDate madeOn,
                                     Set<FeedbackId> views, Set<ThemeId> themes, UUID consultation, Long version) {
        return new ChangeMade(new ChangeId(id), title, description,
                Optional.ofNullable(community).map(CommunityId::new),
                Optional.ofNullable(workstream).map(WorkstreamId::new), ChangeStatus.valueOf(status), plannedOn,
                Optional.ofNullable(startedOn), Optional.ofNullable(madeOn), views, themes,
                Optional.ofNullable(consultation).map(ConsultationId::new), version);
    }

    // Changes to rows -------------------------------------------------------------------------------------------

    private ChangeMadeRecord changeRow(ChangeMade change) {
        ChangeMadeRecord row = dsl.newRecord(CHANGE_MADE);
        row.setId(change.id().value());
        row.setTitle(change.title());
        row.setDescription(change.description());
        row.setCommunityId(change.community().map(CommunityId::value).orElse(null));
        row.setWorkstreamId(change.workstream().map(WorkstreamId::value).orElse(null));
        row.setStatus(change.status().name());
        row.setPlannedOn(change.plannedOn());
        row.setStartedOn(change.startedOn().orElse(null));
        row.setMadeOn(change.madeOn().orElse(null));
        row.setConsultationId(change.consultation().map(ConsultationId::value).orElse(null));
        row.setVersion(change.version());
        return row;
    }

    private static List<Row2<UUID, UUID>> viewRows(ChangeMade change) {
        return change.views().stream().map(view -> row(change.id().value(), view.value())).toList();
    }

    private static List<Row2<UUID, UUID>> themeRows(ChangeMade change) {
        return change.themes().stream().map(theme -> row(change.id().value(), theme.value())).toList();
    }
}
