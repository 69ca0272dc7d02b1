package org.bettercaretogether.persistence.shared;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.QueryPart;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;

/**
 * Any number of rows as one table in a statement whose text never changes: each column goes to PostgreSQL as one
 * array, and {@code rows from (unnest(?), unnest(?), ...)} turns the arrays back into rows.
 *
 * <p>A multi-row {@code values} list has a text of its own for each number of rows, with a bind value per cell: jOOQ
 * renders it and binds every cell anew, and the database parses and plans it anew, each time. With arrays the
 * statement's text is the same for one row or a hundred, so a repository renders it once, the driver binds one
 * value per column, and the database keeps the statement prepared on each connection.
 *
 * @param columns the columns, in the order of the values of each row
 * @param alias   the name of the table of rows in the statement
 */
public record UnnestedRows(List<Field<?>> columns, Name alias) {

    public UnnestedRows {
        columns = List.copyOf(columns);
        Objects.requireNonNull(alias, "alias");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("rows need at least one column");
        }
    }

    /** Rows of {@code columns}, named {@code alias} in the statement. */
    public static UnnestedRows of(String alias, List<? extends Field<?>> columns) {
        return new UnnestedRows(List.copyOf(columns), name(alias));
    }

    /** The rows as a table with the columns' own names, one bind value (an array) per column, in their order. */
    public Table<Record> table() {
        // Written as a template: jOOQ's unnest() is a table of its own, with an alias that rows from (...) refuses.
        int count = columns.size();
        QueryPart[] parts = new QueryPart[2 * count + 1];
        StringJoiner unnested = new StringJoiner(", ", "rows from (", ")");
        StringJoiner names = new StringJoiner(", ", " as {" + count + "} (", ")");
        parts[count] = alias;
        for (int i = 0; i < count; i++) {
            Field<?> column = columns.get(i);
            parts[i] = param(parameterName(column), arrayOf(column.getDataType()));
            parts[count + 1 + i] = name(column.getName());
            unnested.add("unnest({" + i + "})");
            names.add("{" + (count + 1 + i) + "}");
        }
        return DSL.table(unnested + names.toString(), (Object[]) parts);
    }

    /** The fields of {@link #table()}, to select in the columns' order. */
    public Field<?>[] fields() {
        return columns.stream().map(column -> field(name(alias, name(column.getName())), column.getDataType()))
                .toArray(Field<?>[]::new);
    }

    /**
     * The bind values for {@code rows} (each row's values in the columns' order, as the database's types): one array
     * per column, of the column's Java type.
     *
     * @throws IllegalArgumentException when a row has not one value per column
     */
    public Object[] arrays(List<Object[]> rows) {
        Object[] arrays = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            arrays[i] = Array.newInstance(columns.get(i).getType(), rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for " + columns.size()
                        + " columns");
            }
            for (int i = 0; i < row.length; i++) {
                Array.set(arrays[i], r, row[i]);
            }
        }
        return arrays;
    }

    /**
     * The bind values for {@code rows} by the names of {@link #table()}'s parameters, for a {@link DirectStatement}:
     * the arrays of {@link #arrays}, each named after its table and column, so several tables of rows in one statement
     * keep apart.
     */
    public Map<String, Object> values(List<Object[]> rows) {
        Object[] arrays = arrays(rows);
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < arrays.length; i++) {
            values.put(parameterName(columns.get(i)), arrays[i]);
        }
        return values;
    }

    private String parameterName(Field<?> column) {
        return alias.last() + "_" + column.getName();
    }

    @SuppressWarnings("unchecked")
    private static <T> DataType<T[]> arrayOf(DataType<T> type) {
        return type.getArrayDataType();
    }
}
