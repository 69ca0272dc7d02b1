package org.bettercaretogether.persistence.vanguard;

import org.bettercaretogether.application.vanguard.VanguardRecord;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.domain.vanguard.Vanguard;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row2;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD;
import static org.bettercaretogether.persistence.jooq.Tables.VANGUARD_TRIPLE_AIM;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

/**
 * The vanguard's profile: the one row of the {@code vanguard} table (its id is always 1) with its triple aim in
 * {@code vanguard_triple_aim}. Read in one query (the triple aim as a MULTISET); written in a transaction of its
 * own, which becomes a savepoint inside the caller's. The rows become the vanguard in {@link #vanguard} and the
 * vanguard becomes rows in {@link #vanguardRow} and {@link #tripleAimRows}, nowhere else.
 */
public final class JooqVanguardRecord implements VanguardRecord {

    /** The id of the one row; the table refuses any other. */
    private static final short THE_VANGUARD = 1;

    private static final Field<Set<TripleAimDimension>> TRIPLE_AIM = multiset(
            select(VANGUARD_TRIPLE_AIM.DIMENSION)
                    .from(VANGUARD_TRIPLE_AIM)
                    .where(VANGUARD_TRIPLE_AIM.VANGUARD_ID.eq(VANGUARD.ID)))
            .as("triple_aim")
            .convertFrom(rows -> rows.stream().map(dimension -> TripleAimDimension.valueOf(dimension.value1()))
                    .collect(Collectors.toUnmodifiableSet()));

    private final DSLContext dsl;

    public JooqVanguardRecord(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Vanguard> current() {
        return dsl.select(VANGUARD.NAME, VANGUARD.AREA, VANGUARD.AIM, TRIPLE_AIM, VANGUARD.POPULATION_SERVED,
                        VANGUARD.POPULATION_SOURCE, VANGUARD.POPULATION_VERIFIED, VANGUARD.VERSION)
                .from(VANGUARD)
                .where(VANGUARD.ID.eq(THE_VANGUARD))
                .fetchOptional(Records.mapping(JooqVanguardRecord::vanguard));
    }

    @Override
    public Vanguard add(Vanguard vanguard) {
        Vanguard stored = vanguard.withVersion(1);
        return dsl.transactionResult(() -> {
            dsl.insertInto(VANGUARD).set(vanguardRow(stored)).execute();
            insertTripleAim(stored);
            return stored;
        });
    }

    @Override
    public Optional<Vanguard> update(Vanguard vanguard) {
        Vanguard stored = vanguard.withVersion(vanguard.version() + 1);
        return dsl.transactionResult(() -> {
            int updated = dsl.update(VANGUARD).set(vanguardRow(stored))
                    .where(VANGUARD.ID.eq(THE_VANGUARD).and(VANGUARD.VERSION.eq(vanguard.version())))
                    .execute();
            if (updated == 0) {
                return Optional.<Vanguard>empty();
            }
            dsl.deleteFrom(VANGUARD_TRIPLE_AIM).where(VANGUARD_TRIPLE_AIM.VANGUARD_ID.eq(THE_VANGUARD)).execute();
            insertTripleAim(stored);
            return Optional.of(stored);
        });
    }

    private void insertTripleAim(Vanguard vanguard) {
        List<Row2<Short, String>> tripleAim = tripleAimRows(vanguard);
        if (!tripleAim.isEmpty()) {
            dsl.insertInto(VANGUARD_TRIPLE_AIM, VANGUARD_TRIPLE_AIM.VANGUARD_ID, VANGUARD_TRIPLE_AIM.DIMENSION)
                    .valuesOfRows(tripleAim)
                    .execute();
        }
    }

    // Rows to the vanguard --------------------------------------------------------------------------------------

    private static Vanguard vanguard(String name, String area, String aim, Set<TripleAimDimension> tripleAim,
                                     Integer populationServed, String populationSource, Boolean populationVerified,
                                     Long version) {
        return new Vanguard(name, area, aim, tripleAim, populationServed,
                new Provenance(populationSource, populationVerified), version);
    }

    // The vanguard to rows --------------------------------------------------------------------------------------

    private org.bettercaretogether.persistence.jooq.tables.records.VanguardRecord vanguardRow(Vanguard vanguard) {
        var row = dsl.newRecord(VANGUARD);
        row.setId(THE_VANGUARD);
        row.setName(vanguard.name());
        row.setArea(vanguard.area());
        row.setAim(vanguard.aim());
        row.setPopulationServed(vanguard.populationServed());
        row.setPopulationSource(vanguard.populationSource().source());
        row.setPopulationVerified(vanguard.populationSource().verified());
        row.setVersion(vanguard.version());
        return row;
    }

    private static List<Row2<Short, String>> tripleAimRows(Vanguard vanguard) {
        return vanguard.tripleAimInOrder().stream()
                .map(dimension -> row(THE_VANGUARD, dimension.name()))
                .toList();
    }
}
