package org.bettercaretogether.persistence;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import java.util.UUID;

import static org.jooq.impl.DSL.val;

/** Reorders the positioned child rows of a record, to show that reading them does not rely on the rows' order. */
public final class RowPositions {

    private RowPositions() {
    }

    /** Renumbers an owner's rows the other way round: the first row written now holds the last position. */
    public static <R extends Record> void reversePositions(DSLContext dsl, Table<R> table, Field<UUID> owner,
                                                           Field<Integer> position, UUID id, int rows) {
        dsl.update(table).set(position, position.plus(rows)).where(owner.eq(id)).execute();
        dsl.update(table).set(position, val(2 * rows - 1).minus(position)).where(owner.eq(id)).execute();
    }
}
