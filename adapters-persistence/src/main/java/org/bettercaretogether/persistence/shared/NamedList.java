package org.bettercaretogether.persistence.shared;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.exception.DataAccessException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.jooq.impl.DSL.noCondition;

/**
 * A managed list of named things kept in one table of {@code id}, {@code name}, {@code in_use} and {@code version}
 * (themes, professions): the repository of such a list extends this, giving its table and how its rows and its
 * items map to each other, and implements its port with the methods here. Names are unique ignoring case (a unique
 * index on {@code lower(name)}), and the database decides it, so two staff adding the same name at once cannot both
 * succeed: adding is one {@code INSERT ... ON CONFLICT DO NOTHING}, and a rename to a name taken runs in a savepoint
 * of its own, so the refusal leaves the caller's transaction usable. The list is read in the order of its names as
 * Java's {@code String.compareTo} sorts them, whatever the database's own collation.
 *
 * @param <R> the table's record
 * @param <I> the domain's id of an item
 * @param <T> the domain's item of the list
 */
public abstract class NamedList<R extends Record, I, T> {

    /** Names sort as Java's {@code String.compareTo} does, whatever the database's own collation. */
    private static final String BY_CODE_POINT = "C";

    /** One item of a list as its row holds it. */
    public record Entry(UUID id, String name, boolean inUse, long version) {

        Entry withVersion(long newVersion) {
            return new Entry(id, name, inUse, newVersion);
        }
    }

    /** The table of a list: its four columns, and the name of the unique index on {@code lower(name)}. */
    public record Columns<R extends Record>(Table<R> table, TableField<R, UUID> id, TableField<R, String> name,
                                            TableField<R, Boolean> inUse, TableField<R, Long> version,
                                            String nameKey) {
    }

    private final DSLContext dsl;
    private final Columns<R> columns;
    private final Function<Entry, T> item;
    private final Function<T, Entry> entry;
    private final Function<I, UUID> key;

    /**
     * The list in {@code columns}, whose ids are the UUIDs {@code key} gives, whose rows become items in {@code item}
     * and items rows in {@code entry}.
     */
    protected NamedList(DSLContext dsl, Columns<R> columns, Function<I, UUID> key, Function<Entry, T> item,
                        Function<T, Entry> entry) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.key = Objects.requireNonNull(key, "key");
        this.item = Objects.requireNonNull(item, "item");
        this.entry = Objects.requireNonNull(entry, "entry");
    }

    /** Every item, in the order of their names. */
    public List<T> all() {
        return where(noCondition());
    }

    /** The item with the id {@code id}, if there is one. */
    public Optional<T> find(I id) {
        return where(columns.id().eq(key.apply(id))).stream().findFirst();
    }

    /** {@code added} stored at version 1, or empty when its name (ignoring case) or its id is taken. */
    public Optional<T> add(T added) {
        Entry stored = entry.apply(added).withVersion(1);
        int inserted = dsl.insertInto(columns.table()).set(row(stored)).onConflictDoNothing().execute();
        return inserted == 1 ? Optional.of(item.apply(stored)) : Optional.empty();
    }

    /**
     * {@code changed} stored at the next version, or empty when the row is not at the version {@code changed} quotes
     * (or is not there), or when it is renamed to a name another item has (ignoring case).
     */
    public Optional<T> update(T changed) {
        Entry was = entry.apply(changed);
        Entry stored = was.withVersion(was.version() + 1);
        try {
            int updated = dsl.transactionResult(() -> dsl.update(columns.table()).set(row(stored))
                    .where(columns.id().eq(was.id()).and(columns.version().eq(was.version())))
                    .execute());
            return updated == 1 ? Optional.of(item.apply(stored)) : Optional.empty();
        } catch (DataAccessException refused) {
            if (DatabaseRefusal.of(refused).brokeUnique(columns.nameKey())) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    private List<T> where(Condition condition) {
        return dsl.select(columns.id(), columns.name(), columns.inUse(), columns.version())
                .from(columns.table())
                .where(condition)
                .orderBy(columns.name().collate(BY_CODE_POINT), columns.id())
                .fetch(row -> item.apply(new Entry(row.value1(), row.value2(), row.value3(), row.value4())));
    }

    private R row(Entry stored) {
        R row = dsl.newRecord(columns.table());
        row.set(columns.id(), stored.id());
        row.set(columns.name(), stored.name());
        row.set(columns.inUse(), stored.inUse());
        row.set(columns.version(), stored.version());
        return row;
    }
}
