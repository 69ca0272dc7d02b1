package org.bettercaretogether.persistence.feedback;

import org.bettercaretogether.application.feedback.Themes;
import org.bettercaretogether.domain.feedback.Theme;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.persistence.jooq.tables.records.ThemeRecord;
import org.bettercaretogether.persistence.shared.NamedList;
import org.jooq.DSLContext;

import static org.bettercaretogether.persistence.jooq.Tables.THEME;

/**
 * The managed list of themes in the {@code theme} table, which the migration seeds with the programme's first ten:
 * a {@link NamedList}, so names are unique ignoring case and the database decides it, and a theme whose name or id is
 * taken, or a rename to a name another theme has, is refused with empty. The rows become themes, and themes rows, in
 * the constructor, nowhere else.
 */
public final class JooqThemes extends NamedList<ThemeRecord, ThemeId, Theme> implements Themes {

    public JooqThemes(DSLContext dsl) {
        super(dsl, new Columns<>(THEME, THEME.ID, THEME.NAME, THEME.IN_USE, THEME.VERSION, "theme_name_key"),
                ThemeId::value, row -> new Theme(new ThemeId(row.id()), row.name(), row.inUse(), row.version()),
                theme -> new Entry(theme.id().value(), theme.name(), theme.inUse(), theme.version()));
    }
}
