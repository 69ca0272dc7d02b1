package org.bettercaretogether.persistence.team;

import org.bettercaretogether.application.team.Professions;
import org.bettercaretogether.domain.team.Profession;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.persistence.jooq.tables.records.ProfessionRecord;
import org.bettercaretogether.persistence.shared.NamedList;
import org.jooq.DSLContext;

import static org.bettercaretogether.persistence.jooq.Tables.PROFESSION;

/**
 * The managed list of professions in the {@code profession} table, which the migration seeds with the nine the
 * programme started with: a {@link NamedList}, so names are unique ignoring case and the database decides it, and a
 * profession whose name or id is taken, or a rename to a name another profession has, is refused with empty. The rows
 * become professions, and professions rows, in the constructor, nowhere else.
 */
public final class JooqProfessions extends NamedList<ProfessionRecord, ProfessionId, Profession> implements Professions {

    public JooqProfessions(DSLContext dsl) {
        super(dsl, new Columns<>(PROFESSION, PROFESSION.ID, PROFESSION.NAME, PROFESSION.IN_USE, PROFESSION.VERSION,
                        "profession_name_key"), ProfessionId::value,
                row -> new Profession(new ProfessionId(row.id()), row.name(), row.inUse(), row.version()),
                profession -> new Entry(profession.id().value(), profession.name(), profession.inUse(),
                        profession.version()));
    }
}
