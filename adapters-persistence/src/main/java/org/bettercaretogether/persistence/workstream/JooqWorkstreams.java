package org.bettercaretogether.persistence.workstream;

import org.bettercaretogether.application.workstream.Workstreams;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.workstream.CareSetting;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.domain.workstream.WorkstreamId;
import org.bettercaretogether.domain.workstream.WorkstreamPhase;
import org.bettercaretogether.persistence.jooq.tables.records.WorkstreamRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row2;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_CARE_SETTING;
import static org.bettercaretogether.persistence.jooq.Tables.WORKSTREAM_PARTNER;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The workstreams in the {@code workstream} table, with their care settings and involved partners (sets, so kept
 * in no order) in their own tables. Read in one query (the sets as MULTISETs); written in a transaction of their
 * own, which becomes a savepoint inside the caller's. The rows become workstreams in {@link #workstream} and
 * workstreams become rows in {@link #workstreamRow}, {@link #careSettingRows} and {@link #involvedRows}, nowhere
 * else.
 */
public final class JooqWorkstreams implements Workstreams {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final Field<Set<CareSetting>> CARE_SETTINGS = multiset(
            select(WORKSTREAM_CARE_SETTING.SETTING)
                    .from(WORKSTREAM_CARE_SETTING)
                    .where(WORKSTREAM_CARE_SETTING.WORKSTREAM_ID.eq(WORKSTREAM.ID)))
            .as("care_settings")
            .convertFrom(rows -> rows.stream().map(setting -> CareSetting.valueOf(setting.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private static final Field<Set<PartnerId>> INVOLVED = multiset(
            select(WORKSTREAM_PARTNER.PARTNER_ID)
                    .from(WORKSTREAM_PARTNER)
                    .where(WORKSTREAM_PARTNER.WORKSTREAM_ID.eq(WORKSTREAM.ID)))
            .as("involved")
            .convertFrom(rows -> rows.stream().map(partner -> new PartnerId(partner.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private final DSLContext dsl;

    public JooqWorkstreams(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Workstream> all() {
        return workstreamsWhere(noCondition());
    }

    @Override
    public Optional<Workstream> find(WorkstreamId id) {
        return workstreamsWhere(WORKSTREAM.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Workstream> findBySlug(Slug slug) {
        return workstreamsWhere(WORKSTREAM.SLUG.eq(slug.value())).stream().findFirst();
    }

    @Override
    public Workstream add(Workstream workstream) {
        Workstream stored = workstream.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(WORKSTREAM).set(workstreamRow(stored)).execute();
            insertChildren(stored);
            return stored;
        });
    }

    @Override
    public Optional<Workstream> update(Workstream workstream) {
        Workstream stored = workstream.withVersion(workstream.version() + 1);
        UUID id = workstream.id().value();
        return dsl.transactionResult(() -> {
            int updated = dsl.update(WORKSTREAM).set(workstreamRow(stored))
                    .where(WORKSTREAM.ID.eq(id).and(WORKSTREAM.VERSION.eq(workstream.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<Workstream>empty();
            }
            dsl.deleteFrom(WORKSTREAM_CARE_SETTING).where(WORKSTREAM_CARE_SETTING.WORKSTREAM_ID.eq(id)).execute();
            dsl.deleteFrom(WORKSTREAM_PARTNER).where(WORKSTREAM_PARTNER.WORKSTREAM_ID.eq(id)).execute();
            insertChildren(stored);
            return Optional.of(stored);
        });
    }

    private List<Workstream> workstreamsWhere(Condition condition) {
        return dsl.select(WORKSTREAM.ID, WORKSTREAM.SLUG, WORKSTREAM.NAME, WORKSTREAM.SCOPE, CARE_SETTINGS,
                        WORKSTREAM.LEAD_PARTNER_ID, INVOLVED, WORKSTREAM.PHASE, WORKSTREAM.VERSION)
                .from(WORKSTREAM)
                .where(condition)
                .orderBy(WORKSTREAM.NAME.collate(BY_CODE_POINT), WORKSTREAM.ID)
                .fetch(Records.mapping(JooqWorkstreams::workstream));
    }

    private void insertChildren(Workstream workstream) {
        // A workstream always has a care setting; it may involve no partner besides its lead.
        dsl.insertInto(WORKSTREAM_CARE_SETTING, WORKSTREAM_CARE_SETTING.WORKSTREAM_ID, WORKSTREAM_CARE_SETTING.SETTING)
                .valuesOfRows(careSettingRows(workstream))
                .execute();
        List<Row2<UUID, UUID>> involved = involvedRows(workstream);
        if (!involved.isEmpty()) {
            dsl.insertInto(WORKSTREAM_PARTNER, WORKSTREAM_PARTNER.WORKSTREAM_ID, WORKSTREAM_PARTNER.PARTNER_ID)
                    .valuesOfRows(involved)
                    .execute();
        }
    }

    // Rows to workstreams ---------------------------------------------------------------------------------------

    private static Workstream workstream(UUID id, String slug, String name, String scope, Set<CareSetting> careSettings,
                                         UUID lead, Set<PartnerId> involved, String phase, Long version) {
        return new Workstream(new WorkstreamId(id), new Slug(slug), name, scope, careSettings,
                Optional.ofNullable(lead).map(PartnerId::new), involved, WorkstreamPhase.valueOf(phase), version);
    }

    // Workstreams to rows ---------------------------------------------------------------------------------------

    private WorkstreamRecord workstreamRow(Workstream workstream) {
        WorkstreamRecord row = dsl.newRecord(WORKSTREAM);
        row.setId(workstream.id().value());
        row.setSlug(workstream.slug().value());
        row.setName(workstream.name());
        row.setScope(workstream.scope());
        row.setPhase(workstream.phase().name());
        row.setLeadPartnerId(workstream.lead().map(PartnerId::value).orElse(null));
        row.setVersion(workstream.version());
        return row;
    }

    private static List<Row2<UUID, String>> careSettingRows(Workstream workstream) {
        return workstream.careSettingsInOrder().stream()
                .map(setting -> row(workstream.id().value(), setting.name()))
                .toList();
    }

    private static List<Row2<UUID, UUID>> involvedRows(Workstream workstream) {
        return workstream.involved().stream()
                .map(partner -> row(workstream.id().value(), partner.value()))
                .toList();
    }
}
