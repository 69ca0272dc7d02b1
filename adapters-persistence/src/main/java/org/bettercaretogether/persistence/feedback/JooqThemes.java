package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.persistence.DatabaseRefusal;
import org.bettercaretogether.persistence.jooq.tables.records.ThemeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.exception.DataAccessException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.THEME;
import static org.jooq.impl.DSL.noCondition;

/**
 * The managed list of themes in the {@code theme} table, which the migration seeds with the programme's first ten.
 * Names are unique ignoring case (a unique index on {@code lower(name)}), and the database decides it, so two staff
 * adding the same name at once cannot both succeed: adding is one {@code INSERT ... ON CONFLICT DO NOTHING}, and a
 * rename to a name taken runs in a savepoint of its own, so the refusal leaves the caller's transaction usable. The
 * rows become themes in {@link #theme} and themes become rows in {@link #themeRow}, nowhere else.
 */
final class JooqThemes implements Themes {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    private static final String NAME_KEY = "theme_name_key";

    private final DSLContext dsl;

    JooqThemes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Theme> all() {
        return themesWhere(noCondition());
    }

    @Override
    public Optional<Theme> find(ThemeId id) {
        return themesWhere(THEME.ID.eq(id.value())).stream().findFirst();
    }

    /** {@inheritDoc} A theme whose id is taken is refused the same way. */
    @Override
    public Optional<Theme> add(Theme theme) {
        Theme stored = theme.withVersion(1);
        int added = dsl.insertInto(THEME).set(themeRow(stored)).onConflictDoNothing().execute();
        return added == 1 ? Optional.of(stored) : Optional.empty();
    }

    /** {@inheritDoc} A rename to a name another theme has (ignoring case) is refused with empty too. */
    @Override
    public Optional<Theme> update(Theme theme) {
        Theme stored = theme.withVersion(theme.version() + 1);
        try {
            int updated = dsl.transactionResult(() -> dsl.update(THEME).set(themeRow(stored))
                    .where(THEME.ID.eq(theme.id().value()).and(THEME.VERSION.eq(theme.version())))
                    .execute());
            return updated == 1 ? Optional.of(stored) : Optional.empty();
        } catch (DataAccessException refused) {
            if (DatabaseRefusal.of(refused).brokeUnique(NAME_KEY)) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private List<Theme> themesWhere(Condition condition) {
        return dsl.select(THEME.ID, THEME.NAME, THEME.IN_USE, THEME.VERSION)
                .from(THEME)
                .where(condition)
                .orderBy(THEME.NAME.collate(BY_CODE_POINT), THEME.ID)
                .fetch(Records.mapping(JooqThemes::theme));
    }

    // Rows to themes --------------------------------------------------------------------------------------------

    private static Theme theme(UUID id, String name, Boolean inUse, Long version) {
        return new Theme(new ThemeId(id), name, inUse, version);
    }

    // Themes to rows --------------------------------------------------------------------------------------------

    private ThemeRecord themeRow(Theme theme) {
        ThemeRecord row = dsl.newRecord(THEME);
        row.setId(theme.id().value());
        row.setName(theme.name());
        row.setInUse(theme.inUse());
        row.setVersion(theme.version());
        return row;
    }
}
