package org.bettercaretogether.persistence.sampledata;

import org.bettercaretogether.application.sampledata.BulkView;
import org.bettercaretogether.application.sampledata.ViewsInBulk;
import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.feedback.Feedback;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_MEMBER_ROLE;
import static org.bettercaretogether.persistence.jooq.Tables.STAFF_PASSWORD;
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
            LOCAL_PRIORITY_EVENT, INTEGRATED_TEAM, INTEGRATED_TEAM_ROLE, VIEW_TALLY, ANSWER_TIME_TALLY, MODERATION_TALLY);

    private static final String COPY_FEEDBACK = copyInto(FEEDBACK);
    private static final String COPY_TRANSITIONS = copyInto(FEEDBACK_TRANSITION);
    private static final String COPY_THEMES = copyInto(FEEDBACK_THEME);
    private static final String COPY_CHANGE_VIEWS = copyInto(CHANGE_VIEW);

    private final DSLContext dsl;

    public CopiedViews(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long count() {
        return dsl.fetchCount(FEEDBACK);
    }

    @Override
    public void write(Iterator<BulkView> views, LongConsumer written) {
        // A transaction of its own, which becomes a savepoint inside the caller's; its connection is the caller's.
        dsl.transaction(() -> dsl.connection(connection -> copy(connection, views, written)));
    }

    /**
     * {@inheritDoc} Here: {@code ANALYZE} of every table a sample fills, so that the query planner knows their new
     * sizes before the first request rather than when autovacuum next passes.
     */
    @Override
    public void afterBulkLoad() {
        // VACUUM, not only ANALYZE: it marks the pages every transaction can see, without which the planner cannot
        // count from an index alone and reads the table (a count of the views awaiting an answer took 445 ms, not 1).
        // FREEZE, because a first plain VACUUM of rows just written marks hardly a page; it also spares the freshly
        // loaded rows a later vacuum of their own.
        dsl.execute("vacuum (freeze, analyze) " + FILLED.stream().map(Table::getName).collect(Collectors.joining(", ")));
    }

    private void copy(Connection connection, Iterator<BulkView> views, LongConsumer written) throws SQLException {
        skipReferenceChecks(connection);
        CopyManager copying = connection.unwrap(PGConnection.class).getCopyAPI();
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        Thread maker = Thread.ofPlatform().name("sample-views").daemon().start(() -> make(views, ready));
        try {
            long total = 0;
            for (Batch batch = take(ready); batch.views() > 0; batch = take(ready)) {
                send(copying, COPY_FEEDBACK, batch.feedback(), "feedback");
                send(copying, COPY_TRANSITIONS, batch.transitions(), "feedback_transition");
                send(copying, COPY_THEMES, batch.themes(), "feedback_theme");
                send(copying, COPY_CHANGE_VIEWS, batch.changeViews(), "change_view");
                total += batch.views();
                written.accept(total);
            }
        } finally {
            maker.interrupt();
            join(maker);
        }
        try (Statement statement = connection.createStatement()) {
            // Whatever the caller writes next in its transaction is checked as usual.
            statement.execute("set local session_replication_role = origin");
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
    private static void skipReferenceChecks(Connection connection) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            connection.releaseSavepoint(before);
        } catch (SQLException refused) {
            connection.rollback(before);
            log.info("The database user may not turn off row-by-row foreign key checks; the views load more slowly");
        }
    }

    /** Reads the views into batches of COPY rows until there are no more, then hands over an empty batch. */
    private static void make(Iterator<BulkView> views, BlockingQueue<Batch> ready) {
        try {
            while (views.hasNext()) {
                Batch batch = Batch.empty();
                int count = 0;
                while (count < VIEWS_PER_BATCH && views.hasNext()) {
                    batch.add(views.next());
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

    private static String copyInto(Table<?> table) {
        return "copy " + table.getName() + " (" + Arrays.stream(table.fields()).map(Field::getName)
                .map(name -> "\"" + name + "\"").collect(Collectors.joining(", ")) + ") from stdin with (format binary)";
    }

    /** One batch of views as COPY rows for each table; no views marks the end, a failure ends it early. */
    private record Batch(CopyRows feedback, CopyRows transitions, CopyRows themes, CopyRows changeViews, int views,
                         Throwable failure) {

        static final Batch END = new Batch(new CopyRows(0), new CopyRows(0), new CopyRows(0), new CopyRows(0), 0, null);

        static Batch empty() {
            return new Batch(new CopyRows(8 << 20), new CopyRows(2 << 20), new CopyRows(1 << 20),
                    new CopyRows(1 << 16), 0, null);
        }

        static Batch failed(Throwable failure) {
            return new Batch(new CopyRows(0), new CopyRows(0), new CopyRows(0), new CopyRows(0), 0, failure);
        }

        Batch withViews(int count) {
            return new Batch(feedback, transitions, themes, changeViews, count, null);
        }

        void add(BulkView view) {
            // Stored at version 1, as the repository stores a new view.
            Feedback feedback = view.feedback().withVersion(1);
            this.feedback.row(FeedbackRows.feedbackValues(feedback));
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
