package org.bettercaretogether.persistence.community;

import org.bettercaretogether.application.community.CommunityHistories;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.Merger;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.jooq.tables.records.CommunityHistoryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row4;
import org.jooq.Row7;
import org.jooq.SelectField;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_RENAMING;
import static org.bettercaretogether.persistence.jooq.Tables.COMMUNITY_HISTORY_STAGE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The communities' histories in the {@code community_history} table, one row for each community something has
 * happened to, with the stages it reached ({@code community_history_stage}) and its renamings
 * ({@code community_history_renaming}) in order ({@code position}). A community with no row has an empty history at
 * version 0. Read in one query (the lists as MULTISETs, the merger as a nested row), in the order of the communities'
 * names; saved in a transaction of its own, which becomes a savepoint inside the caller's: a history at version 0 is
 * inserted ({@code INSERT ... ON CONFLICT DO NOTHING}, so of two first changes at once only one succeeds), any other
 * updated if its version is the stored one; the stages and renamings not stored yet are appended, as nothing in a
 * history is ever removed. A former address is found through the index on the renamings' {@code from_slug}. The rows
 * become histories in {@link #history} and histories become rows in {@link #historyRow}, {@link #stageRows} and
 * {@link #renamingRows}, nowhere else.
 */
public final class JooqCommunityHistories implements CommunityHistories {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<List<StageReached>> STAGES = multiset(
            select(COMMUNITY_HISTORY_STAGE.STAGE, COMMUNITY_HISTORY_STAGE.REACHED_ON)
                    .from(COMMUNITY_HISTORY_STAGE)
                    .where(COMMUNITY_HISTORY_STAGE.COMMUNITY_ID.eq(COMMUNITY_HISTORY.COMMUNITY_ID))
                    .orderBy(COMMUNITY_HISTORY_STAGE.POSITION))
            .as("stages")
            .convertFrom(rows -> rows.map(Records.mapping(JooqCommunityHistories::stage)));

    private static final Field<List<Renaming>> RENAMINGS = multiset(
            select(COMMUNITY_HISTORY_RENAMING.FROM_NAME, COMMUNITY_HISTORY_RENAMING.FROM_SLUG,
                    COMMUNITY_HISTORY_RENAMING.TO_NAME, COMMUNITY_HISTORY_RENAMING.TO_SLUG,
                    COMMUNITY_HISTORY_RENAMING.EFFECTIVE_ON)
                    .from(COMMUNITY_HISTORY_RENAMING)
                    .where(COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID.eq(COMMUNITY_HISTORY.COMMUNITY_ID))
                    .orderBy(COMMUNITY_HISTORY_RENAMING.POSITION))
            .as("renamings")
            .convertFrom(rows -> rows.map(Records.mapping(JooqCommunityHistories::renaming)));

    /** Null when not merged: the table keeps the three columns all set or all null. */
    private static final SelectField<Merger> MERGER = row(COMMUNITY_HISTORY.MERGED_INTO_ID,
            COMMUNITY_HISTORY.MERGED_INTO_NAME, COMMUNITY_HISTORY.MERGED_ON)
            .mapping((into, intoName, on) -> into == null ? null : new Merger(new CommunityId(into), intoName, on));

    private final DSLContext dsl;

    public JooqCommunityHistories(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CommunityHistory of(CommunityId community) {
        return historiesWhere(COMMUNITY_HISTORY.COMMUNITY_ID.eq(community.value())).stream().findFirst()
                .orElseGet(() -> CommunityHistory.empty(community));
    }

    /** {@inheritDoc} Only the histories stored, in the order of their communities' names. */
    @Override
    public List<CommunityHistory> all() {
        return historiesWhere(noCondition());
    }

    /** {@inheritDoc} Should two communities have left the same address, the one that left it last. */
    @Override
    public Optional<CommunityHistory> withFormerSlug(Slug slug) {
        Optional<UUID> community = dsl.select(COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID)
                .from(COMMUNITY_HISTORY_RENAMING)
                .where(COMMUNITY_HISTORY_RENAMING.FROM_SLUG.eq(slug.value()))
                .orderBy(COMMUNITY_HISTORY_RENAMING.EFFECTIVE_ON.desc(), COMMUNITY_HISTORY_RENAMING.POSITION.desc())
                .limit(1)
                .fetchOptional(COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID);
        return community.flatMap(id -> historiesWhere(COMMUNITY_HISTORY.COMMUNITY_ID.eq(id)).stream().findFirst());
    }

    /**
     * {@inheritDoc} The stages and renamings beyond those stored are appended, in the same transaction.
     *
     * @throws IllegalArgumentException when the history has fewer stages or renamings than are stored: nothing in a
     *                                  history is ever removed
     */
    @Override
    public Optional<CommunityHistory> save(CommunityHistory history) {
        CommunityHistory stored = history.withVersion(history.version() + 1);
        UUID community = history.community().value();
        return dsl.transactionResult(() -> {
            int written = history.version() == 0
                    ? dsl.insertInto(COMMUNITY_HISTORY).set(historyRow(stored)).onConflictDoNothing().execute()
                    : dsl.update(COMMUNITY_HISTORY).set(historyRow(stored))
                            .where(COMMUNITY_HISTORY.COMMUNITY_ID.eq(community)
                                    .and(COMMUNITY_HISTORY.VERSION.eq(history.version())))
                            .execute();
            if (written == 0) {
                return Optional.<CommunityHistory>empty();
            }
            // The row is locked by the write above: no one else appends to this history until we are done.
            int stages = dsl.fetchCount(COMMUNITY_HISTORY_STAGE, COMMUNITY_HISTORY_STAGE.COMMUNITY_ID.eq(community));
            int renamings = dsl.fetchCount(COMMUNITY_HISTORY_RENAMING,
                    COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID.eq(community));
            if (stages > stored.stages().size() || renamings > stored.renamings().size()) {
                throw new IllegalArgumentException("the history of community " + community + " has "
                        + stored.stages().size() + " stages and " + stored.renamings().size() + " renamings, fewer "
                        + "than the " + stages + " and " + renamings + " stored: a history only grows");
            }
            insertStages(stored, stages);
            insertRenamings(stored, renamings);
            return Optional.of(stored);
        });
    }

    private List<CommunityHistory> historiesWhere(Condition condition) {
        return dsl.select(COMMUNITY_HISTORY.COMMUNITY_ID, STAGES, RENAMINGS, MERGER, COMMUNITY_HISTORY.VERSION)
                .from(COMMUNITY_HISTORY)
                .join(COMMUNITY).on(COMMUNITY.ID.eq(COMMUNITY_HISTORY.COMMUNITY_ID))
                .where(condition)
                .orderBy(COMMUNITY.NAME.collate(BY_CODE_POINT), COMMUNITY.ID)
                .fetch(Records.mapping(JooqCommunityHistories::history));
    }

    private void insertStages(CommunityHistory history, int from) {
        List<Row4<UUID, Integer, String, LocalDate>> stages = stageRows(history, from);
        if (!stages.isEmpty()) {
            dsl.insertInto(COMMUNITY_HISTORY_STAGE, COMMUNITY_HISTORY_STAGE.COMMUNITY_ID,
                            COMMUNITY_HISTORY_STAGE.POSITION, COMMUNITY_HISTORY_STAGE.STAGE,
                            COMMUNITY_HISTORY_STAGE.REACHED_ON)
                    .valuesOfRows(stages)
                    .execute();
        }
    }

    private void insertRenamings(CommunityHistory history, int from) {
        List<Row7<UUID, Integer, String, String, String, String, LocalDate>> renamings = renamingRows(history, from);
        if (!renamings.isEmpty()) {
            dsl.insertInto(COMMUNITY_HISTORY_RENAMING, COMMUNITY_HISTORY_RENAMING.COMMUNITY_ID,
                            COMMUNITY_HISTORY_RENAMING.POSITION, COMMUNITY_HISTORY_RENAMING.FROM_NAME,
                            COMMUNITY_HISTORY_RENAMING.FROM_SLUG, COMMUNITY_HISTORY_RENAMING.TO_NAME,
                            COMMUNITY_HISTORY_RENAMING.TO_SLUG, COMMUNITY_HISTORY_RENAMING.EFFECTIVE_ON)
                    .valuesOfRows(renamings)
                    .execute();
        }
    }

    // Rows to histories -----------------------------------------------------------------------------------------

    private static CommunityHistory history(UUID community, List<StageReached> stages, List<Renaming> renamings,
                                            Merger merger, Long version) {
        return new CommunityHistory(new CommunityId(community), stages, renamings, Optional.ofNullable(merger),
                version);
    }

    private static StageReached stage(String stage, LocalDate reachedOn) {
        return new StageReached(DevelopmentStage.valueOf(stage), reachedOn);
    }

    private static Renaming renaming(String fromName, String fromSlug, String toName, String toSlug,
                                     LocalDate effectiveOn) {
        return new Renaming(fromName, new Slug(fromSlug), toName, new Slug(toSlug), effectiveOn);
    }

    // Histories to rows -----------------------------------------------------------------------------------------

    private CommunityHistoryRecord historyRow(CommunityHistory history) {
        CommunityHistoryRecord row = dsl.newRecord(COMMUNITY_HISTORY);
        row.setCommunityId(history.community().value());
        Optional<Merger> merger = history.merger();
        row.setMergedIntoId(merger.map(joined -> joined.into().value()).orElse(null));
        row.setMergedIntoName(merger.map(Merger::intoName).orElse(null));
        row.setMergedOn(merger.map(Merger::effectiveOn).orElse(null));
        row.setVersion(history.version());
        return row;
    }

    /** The stages from position {@code from} on. */
    private static List<Row4<UUID, Integer, String, LocalDate>> stageRows(CommunityHistory history, int from) {
        List<StageReached> stages = history.stages();
        return IntStream.range(from, stages.size()).mapToObj(position -> {
            StageReached reached = stages.get(position);
            return row(history.community().value(), position, reached.stage().name(), reached.reachedOn());
        }).toList();
    }

    /** The renamings from position {@code from} on. */
    private static List<Row7<UUID, Integer, String, String, String, String, LocalDate>> renamingRows(
            CommunityHistory history, int from) {
        List<Renaming> renamings = history.renamings();
        return IntStream.range(from, renamings.size()).mapToObj(position -> {
            Renaming renaming = renamings.get(position);
            return row(history.community().value(), position, renaming.fromName(), renaming.fromSlug().value(),
                    renaming.toName(), renaming.toSlug().value(), renaming.effectiveOn());
        }).toList();
    }
}
