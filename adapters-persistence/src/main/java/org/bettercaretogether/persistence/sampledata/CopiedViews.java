package org.bettercaretogether.persistence.sampledata;

import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.feedback.Feedback;
import org.bettercaretogether.domain.feedback.PublicText;
import org.bettercaretogether.persistence.feedback.FeedbackRows;
import org.bettercaretogether.persistence.shared.DatabaseRefusal;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import static org.bettercaretogether.persistence.jooq.Tables.ANSWER_TIME_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.API_TOKEN;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_MADE;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_VIEW;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_TRANSITION;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_ANSWER_TIME_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.INSIGHT_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM;
import static org.bettercaretogether.persistence.jooq.Tables.INTEGRATED_TEAM_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_DIMENSION;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_EVENT;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY_STATUS_STEP;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING;
import static org.bettercaretogether.persistence.jooq.Tables.MEETING_ACCESS_FEATURE;
import static org.bettercaretogether.persistence.jooq.Tables.MODERATION_TALLY;
import static org.bettercaretogether.persistence.jooq.Tables.REGISTRATION;
import static org.bettercaretogether.persistence.jooq.Tables.SEARCH_ENTRY;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_PASSWORD;
import static org.bettercaretogether.persistence.jooq.Tables.VIEWS_UNSUMMARISED;
import static org.bettercaretogether.persistence.jooq.Tables.VIEW_TALLY;

/**
 * Views written with PostgreSQL's COPY, in the caller's transaction.
 *
 * <p>A thread of its own reads the views and turns each batch of {@value #VIEWS_PER_BATCH} into COPY rows for the four
 * tables a view fills ({@code feedback}, then {@code feedback_transition}, {@code feedback_theme} and
 * {@code change_view}, which refer to it), while the caller's thread sends the batch before to the database: making
 * views and storing them run side by side, on two cores. At most {@value #BATCHES_AHEAD} batches wait, so memory stays
 * flat however many views there are. Views become rows through {@link FeedbackRows}, the same mapping the
 * repository uses, so a view written in bulk reads back like one stored alone.
 *
 * <p>The transaction commits the views, their keys checked, but not always their counts nor the words search finds:
 * when triggers were turned off for the copy, it leaves a mark ({@code views_unsummarised}, V30), and
 * {@link #afterBulkLoad()} makes both after the commit, side by side; the words of the published texts are then made
 * already, beside the copy ({@link SearchWordsAhead}). A load cut short before the commit leaves
 * nothing; one cut short after it leaves the views and the mark, which the next bulk load, or the service at its start
 * ({@link #finishInterruptedLoad()}), finds and acts on: until then the views are there, but some counts and search
 * results lack them.
 *
 * <p>A refusal by the database never carries PostgreSQL's own message, which would quote the row with the person's
 * words and contact details (see {@link DatabaseRefusal}).
 */
public final class CopiedViews implements ViewsInBulk {

    private static final Logger log = LoggerFactory.getLogger(CopiedViews.class);

    static final int VIEWS_PER_BATCH = 10_000;
    static final int BATCHES_AHEAD = 2;

    /** The tables a sample load fills: the views and everything around them. */
    private static final List<Table<?>> FILLED = List.of(FEEDBACK, FEEDBACK_TRANSITION, FEEDBACK_THEME, CHANGE_VIEW,
            CHANGE_MADE, CHANGE_THEME, STAFF_MEMBER, STAFF_MEMBER_ROLE, STAFF_PASSWORD, API_TOKEN, MEETING,
            MEETING_ACCESS_FEATURE, REGISTRATION, LOCAL_PRIORITY, LOCAL_PRIORITY_DIMENSION, LOCAL_PRIORITY_STATUS_STEP,
            LOCAL_PRIORITY_EVENT, INTEGRATED_TEAM, INTEGRATED_TEAM_ROLE, VIEW_TALLY, ANSWER_TIME_TALLY, MODERATION_TALLY,
            SEARCH_ENTRY, INSIGHT_TALLY, INSIGHT_ANSWER_TIME_TALLY);

    /** The tables a view fills, in the order their rows are copied: each refers only to those before it. */
    private static final List<Table<?>> COPIED = List.of(FEEDBACK, FEEDBACK_TRANSITION, FEEDBACK_THEME, CHANGE_VIEW);

    /** Memory for building the keys set aside again: enough to sort a million keys without spilling to disk. */
    private static final String KEY_BUILDING_MEMORY = "256MB";
    /** Memory for counting the views again: enough to group a million views without spilling to disk. */
    private static final String COUNTING_MEMORY = "256MB";

    /**
     * The triggers that count views (and their themes) as they are added, by the table they are on;
     * {@code recount_views()} makes the same counts.
     */
    private static final List<Map.Entry<Table<?>, String>> COUNTED_WHEN_ADDED = List.of(
            Map.entry(FEEDBACK, "feedback_counted_when_added"), Map.entry(FEEDBACK, "feedback_backlog_when_added"),
            Map.entry(FEEDBACK, "feedback_insights_when_added"),
            Map.entry(FEEDBACK_THEME, "feedback_theme_insights_when_added"));

    private final DSLContext dsl;

    public CopiedViews(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long count() {
        return dsl.fetchCount(FEEDBACK);
    }

    @Override
    public void write(Iterator<BulkView> views, long expected, LongConsumer written) {
        // A transaction of its own, which becomes a savepoint inside the caller's; its connection is the caller's.
        dsl.transaction(() -> dsl.connection(connection -> copy(connection, views, expected, written)));
    }

    /**
     * {@inheritDoc} Here, once the views are committed, on two connections side by side: {@code VACUUM (FREEZE,
     * ANALYZE)} of the views' own tables, then their counts, on one; the words search finds on the other (see
     * {@link #summarise}); then the same vacuum of every other table a sample fills, so that the query planner knows
     * their new sizes before the first request rather than when autovacuum next passes.
     */
    @Override
    public void afterBulkLoad() {
        // VACUUM, not only ANALYZE: it marks the pages every transaction can see, without which the planner cannot
        // count from an index alone and reads the table (a count of the views awaiting an answer took 445 ms, not 1).
        // FREEZE, because a first plain VACUUM of rows just written marks hardly a page; it also spares the freshly
        // loaded rows a later vacuum of their own. The views' tables at once after their commit: left until the
        // counts and search words are made, they drew autovacuum, whose pauses the vacuum here then waited out.
        // Without TRUNCATE: giving back the empty pages a copy leaves at the end of a table takes a lock no reader may
        // share, and the words made beside it read the views; each time the vacuum waited the full 5 s for it in vain.
        summarise(() -> vacuum(COPIED));
        sideBySide(() -> vacuum(List.of(SEARCH_ENTRY)), () -> vacuum(FILLED.stream()
                .filter(table -> !COPIED.contains(table) && !table.equals(SEARCH_ENTRY)).toList()));
    }

    @Override
    public boolean finishInterruptedLoad() {
        return summarise(() -> {
        });
    }

    /**
     * When the mark a load leaves ({@code views_unsummarised}, V30) is there, makes the counts of the views
     * ({@code recount_views()}) and the words search finds ({@code search_views_again()}) from every view, each in a
     * transaction of its own on a connection of its own, at the same time: each reads the views and writes only its
     * own tables, so neither waits for the other, and two cores make both in the time of the longer (for a million
     * views, about 10 to 20 s and 30 s, which were spent one after the other). Once both are made, the mark goes; if
     * either fails or the process stops first, it stays, and the next call makes both again, which gives the same
     * result. {@code beforeCounting} runs first on the connection that counts, mark or not.
     *
     * @return whether the mark was there
     */
    private boolean summarise(Runnable beforeCounting) {
        if (!dsl.fetchExists(VIEWS_UNSUMMARISED)) {
            beforeCounting.run();
            return false;
        }
        sideBySide(() -> {
            beforeCounting.run();
            runAlone("set local work_mem = '" + COUNTING_MEMORY + "'", "select recount_views()");
        }, () -> runAlone("set local work_mem = '" + COUNTING_MEMORY + "'",
                "set local maintenance_work_mem = '" + KEY_BUILDING_MEMORY + "'", "select search_views_again()"));
        dsl.deleteFrom(VIEWS_UNSUMMARISED).execute();
        return true;
    }

    /** Runs {@code statements} in a transaction of their own, for as long as they take (see below). */
    private void runAlone(String... statements) {
        dsl.transaction(alone -> {
            DSLContext sql = alone.dsl();
            runAsLongAsItTakes(sql);
            for (String statement : statements) {
                sql.execute(statement);
            }
        });
    }

    /**
     * Lifts, for this transaction and its connection, the limits the service's pool sets on a statement and on the
     * server's silence (seconds, for requests): at the service's start, making the counts of a million views takes
     * longer. The pool gives the connection its own limit again when it is handed back.
     */
    private static void runAsLongAsItTakes(DSLContext sql) {
        sql.connection(connection -> connection.setNetworkTimeout(Runnable::run, 0));
        sql.execute("set local statement_timeout = 0");
    }

    private void vacuum(List<Table<?>> tables) {
        dsl.execute("vacuum (freeze, analyze, truncate false) "
                + tables.stream().map(Table::getName).collect(Collectors.joining(", ")));
    }

    /** Runs {@code first} on a thread of its own and {@code second} on this one, and returns once both have ended. */
    private static void sideBySide(Runnable first, Runnable second) {
        FutureTask<Void> other = new FutureTask<>(first, null);
        Thread.ofPlatform().name("bulk-load-side").daemon().start(other);
        RuntimeException failed = null;
        try {
            second.run();
        } catch (RuntimeException failure) {
            failed = failure;
        }
        try {
            other.get();
        } catch (ExecutionException failure) {
            RuntimeException cause = failure.getCause() instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(failure.getCause());
            if (failed == null) {
                failed = cause;
            } else {
                failed.addSuppressed(cause);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the work beside the bulk load", interrupted);
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void copy(Connection connection, Iterator<BulkView> views, long expected, LongConsumer written)
            throws SQLException {
        boolean skippedTriggers = skipReferenceChecks(connection);
        long stored = count(); // asked in this transaction, on the caller's connection
        boolean frozen = stored == 0 && emptiedInThisTransaction(connection);
        // More views to come than are stored: keeping keys and counts up to date view by view costs more than making
        // them again from all the views at the end.
        boolean remade = expected > stored;
        List<UniqueKey> setAside = remade ? UniqueKey.setAside(connection) : List.of();
        boolean countedAtTheEnd = remade && countViewsAtTheEnd(connection);
        List<String> copies = COPIED.stream().map(table -> copyInto(table, frozen)).toList();
        CopyManager copying = connection.unwrap(PGConnection.class).getCopyAPI();
        // With the triggers off, search_views_again() makes the words search finds after the commit; the words of the
        // published texts are made meanwhile, beside the copy.
        SearchWordsAhead wordsAhead = skippedTriggers ? SearchWordsAhead.start(dsl) : null;
        SeenTexts seen = wordsAhead == null ? null : new SeenTexts();
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread maker = Thread.ofPlatform().name("sample-views").daemon().start(() -> make(views, ready, seen));
        try {
            try {
                long total = 0;
                for (Batch batch = take(ready); batch.views() > 0; batch = take(ready)) {
                    if (wordsAhead != null) {
                        wordsAhead.add(batch.publishedTexts());
                    }
                    List<CopyRows> rows = batch.rows();
                    for (int table = 0; table < COPIED.size(); table++) {
                        send(copying, copies.get(table), rows.get(table), COPIED.get(table).getName());
                    }
                    total += batch.views();
                    written.accept(total);
                }
            } finally {
                maker.interrupt();
                join(maker);
            }
            UniqueKey.restore(connection, setAside);
            if (countedAtTheEnd) {
                countViewsAgain(connection);
            }
        } catch (Throwable failed) {
            if (wordsAhead != null) {
                wordsAhead.cancel();
            }
            throw failed;
        }
        if (wordsAhead != null) {
            wordsAhead.finish();
        }
        if (countedAtTheEnd || skippedTriggers) {
            // Left to be made once the views are committed (afterBulkLoad): their counts, when the triggers did not
            // keep them, and, when triggers were off, the words search finds.
            // In this transaction, on the caller's connection, as count() above.
            dsl.insertInto(VIEWS_UNSUMMARISED).defaultValues().onConflictDoNothing().execute();
        }
        try (Statement statement = connection.createStatement()) {
            // Whatever the caller writes next in its transaction is checked as usual.
            statement.execute("set local session_replication_role = origin");
        }
    }

    /**
     * Turns off, for this transaction, the triggers that count views as they are added (V7 and V8): for each batch
     * they would gather its views again and add their counts, twelve seconds for a million views; counting all the
     * views once after the load ({@link #summarise}) takes half as long.
     */
    private static boolean countViewsAtTheEnd(Connection connection) throws SQLException {
        return attempt(connection, COUNTED_WHEN_ADDED.stream()
                        .map(trigger -> "alter table " + trigger.getKey().getName() + " disable trigger "
                                + trigger.getValue()).toList(),
                "The database user may not turn off the triggers counting views; the views load more slowly");
    }

    /**
     * Turns the triggers counting views back on, as they always run, for the views written after this transaction:
     * the counts of those it copied are made once it is committed ({@link #summarise}).
     */
    private static void countViewsAgain(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<Table<?>, String> trigger : COUNTED_WHEN_ADDED) {
                statement.execute("alter table " + trigger.getKey().getName() + " enable always trigger "
                        + trigger.getValue());
            }
        }
    }

    /**
     * Empties the tables a view fills, when they hold nothing, so that they count as emptied in this transaction:
     * PostgreSQL then lets COPY write its rows already frozen and visible to every transaction (no vacuum has to
     * visit them again to mark them so), and, on a server keeping the least write-ahead log
     * ({@code wal_level = minimal}, as the embedded one does), writes them without logging each row. If another
     * table refers to the views, or the user may not empty them, the copy goes on the ordinary way.
     */
    private static boolean emptiedInThisTransaction(Connection connection) throws SQLException {
        return attempt(connection,
                List.of("truncate " + COPIED.stream().map(Table::getName).collect(Collectors.joining(", "))),
                "The tables of views could not be emptied first; the views load more slowly");
    }

    /**
     * Runs {@code statements}, all or none: a step that makes the load faster, which the database may refuse (to a
     * user who does not own the tables, say); then the load goes on without it, and says so once.
     */
    private static boolean attempt(Connection connection, List<String> statements, String otherwise)
            throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException refused) {
            connection.rollback(before);
            log.info(otherwise);
            return false;
        }
    }

    /**
     * Stops PostgreSQL checking each row's foreign keys for the rest of the transaction, when the database user may.
     *
     * <p>Those checks run as triggers, one query per reference per row: for a million views with their history and
     * themes, well over ten million lookups, which would cost more than all the rest of the load. Every reference
     * a sample view makes is to a row read or written earlier in the same transaction (the directory, the sample
     * staff, meetings and changes, the view itself), so the checks could not fail; a test checks every foreign key
     * after a load all the same. Other constraints (checks, unique keys, not null) are not triggers and hold as ever.
     * Turning triggers off ({@code session_replication_role = replica}) is what PostgreSQL's own data-only restores
     * do; it needs a superuser (or the right to set that parameter), so with an ordinary user the load keeps the
     * checks and is slower.
     */
    private static boolean skipReferenceChecks(Connection connection) throws SQLException {
        return attempt(connection, List.of("set local session_replication_role = replica"),
                "The database user may not turn off row-by-row foreign key checks; the views load more slowly");
    }

    /**
     * Reads the views into batches of COPY rows until there are no more, then hands over an empty batch; with
     * {@code seen}, each batch also carries the published texts not met in a batch before.
     */
    private static void make(Iterator<BulkView> views, BlockingQueue<Batch> ready, SeenTexts seen) {
        try {
            while (views.hasNext()) {
                Batch batch = Batch.empty();
                int count = 0;
                while (count < VIEWS_PER_BATCH && views.hasNext()) {
                    batch.add(views.next(), seen);
                    count++;
                }
                ready.put(batch.withViews(count));
            }
            ready.put(Batch.END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error failure) {
            ready.clear();
            ready.offer(Batch.failed(failure));
        }
    }

    private static Batch take(BlockingQueue<Batch> ready) {
        try {
            Batch batch = ready.take();
            if (batch.failure() != null) {
                throw batch.failure() instanceof RuntimeException unchecked ? unchecked
                        : new IllegalStateException("making the sample views failed", batch.failure());
            }
            return batch;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next views to write", interrupted);
        }
    }

    private static void send(CopyManager copying, String sql, CopyRows rows, String table) {
        if (rows.rows() == 0) {
            return;
        }
        CopyIn copy = null;
        try {
            copy = copying.copyIn(sql);
            byte[] bytes = rows.finish();
            for (int from = 0; from < rows.size(); from += 1 << 20) {
                copy.writeToCopy(bytes, from, Math.min(1 << 20, rows.size() - from));
            }
            copy.endCopy();
        } catch (SQLException refused) {
            cancel(copy);
            throw refusal(refused, "copying views into " + table);
        }
    }

    /**
     * What to throw when a COPY failed: a lost connection as it is (its message quotes nothing); anything else with
     * the SQLSTATE and, for a refused row, the constraint, but never PostgreSQL's message, which quotes the row.
     */
    private static DataAccessException refusal(SQLException refused, String what) {
        String state = refused.getSQLState() == null ? "" : refused.getSQLState();
        if (state.startsWith("08")) {
            return new DataAccessException(what + " failed: " + refused.getMessage(), refused);
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return DatabaseRefusal.of(new DataAccessException(what, refused)).withoutValues(what);
        }
        return new DataAccessException(what + " failed (SQLSTATE " + state + ")");
    }

    private static void cancel(CopyIn copy) {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException alreadyBroken) {
            // The copy failed already; the refusal being reported says why.
        }
    }

    private static void join(Thread maker) {
        try {
            maker.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String copyInto(Table<?> table, boolean frozen) {
        return "copy " + table.getName() + " (" + Arrays.stream(table.fields()).map(Field::getName)
                .map(name -> "\"" + name + "\"").collect(Collectors.joining(", ")) + ") from stdin with (format binary"
                + (frozen ? ", freeze" : "") + ")";
    }

    /**
     * A unique key, other than a primary key, of the tables a view fills, set aside while more views are copied than
     * are already stored, and built again at the end.
     *
     * <p>A view's reference and the hash of its tracking token are random: kept up to date row by row, each key
     * takes a read of a random page of its index for every view, which doubled the time to copy a million views;
     * built once from all of them, each key is one sort, a few seconds. Uniqueness is checked all the same, when the
     * key is built again, and the whole copy is refused with the key's name if two views share a value.
     */
    private record UniqueKey(String table, String name, String definition) {

        static List<UniqueKey> setAside(Connection connection) throws SQLException {
            List<UniqueKey> keys = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 var found = statement.executeQuery("select conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                         + " from pg_constraint where contype = 'u' and conrelid in ("
                         + COPIED.stream().map(table -> "'" + table.getName() + "'::regclass")
                         .collect(Collectors.joining(", ")) + ") order by conname")) {
                while (found.next()) {
                    keys.add(new UniqueKey(found.getString(1), found.getString(2), found.getString(3)));
                }
            }
            boolean dropped = attempt(connection, keys.stream()
                            .map(key -> "alter table " + key.table() + " drop constraint " + key.name()).toList(),
                    "The database user may not set the unique keys of views aside; the views load more slowly");
            return dropped ? keys : List.of();
        }

        static void restore(Connection connection, List<UniqueKey> keys) throws SQLException {
            if (keys.isEmpty()) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local maintenance_work_mem = '" + KEY_BUILDING_MEMORY + "'");
                for (UniqueKey key : keys) {
                    try {
                        statement.execute("alter table " + key.table() + " add constraint " + key.name() + " "
                                + key.definition());
                    } catch (SQLException refused) {
                        String what = "copying views into " + key.table();
                        if (!"23505".equals(refused.getSQLState())) {
                            throw refusal(refused, what);
                        }
                        // PostgreSQL's message quotes the value two views share, and does not name the constraint.
                        throw new DataAccessException(what + " was refused by the database (SQLSTATE 23505, constraint "
                                + key.name() + ")");
                    }
                }
            }
        }
    }

    /**
     * One batch of views as COPY rows for each table, and the published texts among them not met before; no views
     * marks the end, a failure ends it early.
     */
    private record Batch(CopyRows feedback, CopyRows transitions, CopyRows themes, CopyRows changeViews,
                         List<String> publishedTexts, int views, Throwable failure) {

        static final Batch END = new Batch(new CopyRows(0), new CopyRows(0), new CopyRows(0), new CopyRows(0),
                List.of(), 0, null);

        static Batch empty() {
            return new Batch(new CopyRows(8 << 20), new CopyRows(2 << 20), new CopyRows(1 << 20),
                    new CopyRows(1 << 16), new ArrayList<>(), 0, null);
        }

        static Batch failed(Throwable failure) {
            return new Batch(new CopyRows(0), new CopyRows(0), new CopyRows(0), new CopyRows(0), List.of(), 0,
                    failure);
        }

        /** The rows for each table, in the order of {@link #COPIED}. */
        List<CopyRows> rows() {
            return List.of(feedback, transitions, themes, changeViews);
        }

        Batch withViews(int count) {
            return new Batch(feedback, transitions, themes, changeViews, publishedTexts, count, null);
        }

        void add(BulkView view, SeenTexts seen) {
            // Stored at version 1, as the repository stores a new view.
            Feedback feedback = view.feedback().withVersion(1);
            this.feedback.row(FeedbackRows.feedbackValues(feedback));
            if (seen != null) {
                // What searchable_view (V15) reads as the text of a published view.
                feedback.publicText().map(PublicText::value).filter(seen::isNew).ifPresent(publishedTexts::add);
            }
            for (Object[] step : FeedbackRows.transitionValues(feedback, 0)) {
                transitions.row(step);
            }
            for (Object[] theme : FeedbackRows.themeValues(feedback)) {
                themes.row(theme);
            }
            for (ChangeId change : view.changes()) {
                // In the order of change_view's fields: the change, then the view.
                changeViews.row(new Object[]{change.value(), feedback.id().value()});
            }
        }
    }
}
