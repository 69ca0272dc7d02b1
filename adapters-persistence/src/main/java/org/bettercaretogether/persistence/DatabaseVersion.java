package org.bettercaretogether.persistence;

import org.bettercaretogether.application.shared.StoredData;
import org.bettercaretogether.application.shared.StoredDataVersion;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.impl.QOM;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.jooq.impl.DSL.field;

/**
 * The version of each part of the data in PostgreSQL, for answers kept in memory: a part's version moves at once
 * when this node commits a write to one of its tables through the shared jOOQ context, and every part's moves within
 * {@code staleness} when anything else writes to the database (another node, a command run beside the service, an
 * operator's SQL), or within twice that while the database is slow to answer.
 *
 * <p>Changes made elsewhere are seen by asking PostgreSQL where its write-ahead log ends
 * ({@code pg_current_wal_insert_lsn()}), at most once per {@code staleness} and only when a caller wants a version.
 * Every committed change moves that position, so the question costs one tiny query a second however busy the site,
 * and no table, trigger or lock is needed for it. The position is the server's, not a table's: any write at all
 * (to another database on the same server, by vacuum) moves every part, which only costs a re-read. When the
 * database cannot be asked, every part moves too, so nothing is answered from memory while it is away.
 *
 * <p>Writes of this node are seen without asking: its jOOQ context carries listeners that note the tables each
 * statement other than a read writes to, and move their parts once the transaction holding it has committed (or at
 * once, outside a transaction). Moving them only after the commit matters: a reader that read the old data meanwhile
 * keeps its answer under the old version, which is then never given again. A table of no part (sessions, the audit
 * log, the outbox) moves nothing; a table this class does not know, and a statement whose tables it cannot tell,
 * move every part. A statement rendered once and run as plain text is told by the tables its text writes to: moving
 * every part at each of them would re-read every answer kept in memory at every view received.
 */
public final class DatabaseVersion implements StoredDataVersion {

    /** How long changes made elsewhere may go unseen by default. */
    public static final Duration DEFAULT_STALENESS = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseVersion.class);

    private static final Set<StoredData> EVERY_PART = EnumSet.allOf(StoredData.class);
    private static final Set<StoredData> DIRECTORY = EnumSet.of(StoredData.DIRECTORY);
    private static final Set<StoredData> COMMUNITY_LIFE = EnumSet.of(StoredData.COMMUNITY_LIFE);
    private static final Set<StoredData> VIEWS = EnumSet.of(StoredData.VIEWS);
    private static final Set<StoredData> NO_PART = EnumSet.noneOf(StoredData.class);

    /**
     * The part each table belongs to; changes made are both what communities did and what views led to. The words
     * search finds are both too: triggers write them as views and community records change, so the writes that move
     * those parts already move them.
     */
    private static final Map<String, Set<StoredData>> PARTS_OF_TABLES = Map.ofEntries(
            entry("vanguard", DIRECTORY), entry("vanguard_triple_aim", DIRECTORY), entry("partner", DIRECTORY),
            entry("partner_identifier", DIRECTORY), entry("partner_event", DIRECTORY),
            entry("clinical_network", DIRECTORY), entry("community", DIRECTORY), entry("community_town", DIRECTORY),
            entry("community_postcode_district", DIRECTORY), entry("workstream", DIRECTORY),
            entry("workstream_care_setting", DIRECTORY), entry("workstream_partner", DIRECTORY),
            entry("reference_data_release", DIRECTORY), entry("community_history", DIRECTORY),
            entry("community_history_stage", DIRECTORY), entry("community_history_renaming", DIRECTORY),
            entry("theme", DIRECTORY),
            entry("local_priority", COMMUNITY_LIFE), entry("local_priority_dimension", COMMUNITY_LIFE),
            entry("local_priority_status_step", COMMUNITY_LIFE), entry("local_priority_event", COMMUNITY_LIFE),
            entry("profession", COMMUNITY_LIFE), entry("integrated_team", COMMUNITY_LIFE),
            entry("integrated_team_role", COMMUNITY_LIFE), entry("meeting", COMMUNITY_LIFE),
            entry("meeting_access_feature", COMMUNITY_LIFE), entry("registration", COMMUNITY_LIFE),
            entry("key_question", COMMUNITY_LIFE), entry("community_project", COMMUNITY_LIFE),
            entry("community_project_community", COMMUNITY_LIFE), entry("community_project_session", COMMUNITY_LIFE),
            entry("project_report", NO_PART), entry("online_consultation_guide", COMMUNITY_LIFE),
            entry("change_made", EnumSet.of(StoredData.COMMUNITY_LIFE, StoredData.VIEWS)),
            entry("change_view", EnumSet.of(StoredData.COMMUNITY_LIFE, StoredData.VIEWS)),
            entry("change_theme", EnumSet.of(StoredData.COMMUNITY_LIFE, StoredData.VIEWS)),
            entry("feedback", VIEWS), entry("feedback_theme", VIEWS), entry("feedback_transition", VIEWS),
            entry("view_tally", VIEWS), entry("answer_time_tally", VIEWS), entry("moderation_tally", VIEWS),
            entry("answer_backlog_tally", VIEWS), entry("insight_tally", VIEWS),
            entry("insight_answer_time_tally", VIEWS), entry("views_unsummarised", VIEWS),
            entry("search_words_ahead", NO_PART),
            entry("search_entry", EnumSet.of(StoredData.COMMUNITY_LIFE, StoredData.VIEWS)),
            entry("staff_member", NO_PART), entry("staff_member_role", NO_PART), entry("staff_password", NO_PART),
            entry("staff_authenticator", NO_PART), entry("staff_recovery_code", NO_PART),
            entry("staff_session", NO_PART), entry("api_token", NO_PART), entry("audit_entry", NO_PART),
            entry("audit_field_change", NO_PART), entry("rate_limit_bucket", NO_PART),
            entry("outgoing_mail", NO_PART), entry("submission_replay", NO_PART),
            entry("consultation", COMMUNITY_LIFE), entry("consultation_document", COMMUNITY_LIFE),
            entry("consultation_closing_change", COMMUNITY_LIFE), entry("consultation_question", COMMUNITY_LIFE),
            entry("consultation_option", COMMUNITY_LIFE), entry("consultation_response", NO_PART),
            entry("consultation_answer", NO_PART), entry("unsent_response", NO_PART),
            entry("unsent_answer", NO_PART), entry("consultation_free_text", NO_PART),
            entry("consultation_update_email", NO_PART), entry("subscription", NO_PART),
            entry("consultation_notice_sent", NO_PART), entry("digest_sent", NO_PART));

    /**
     * The table each {@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM} or {@code TRUNCATE} of a statement's
     * text writes to, quoted or not, after an optional schema; {@code FOR [NO KEY] UPDATE} and {@code DO UPDATE} lock or
     * resolve a conflict, and are not such writes.
     */
    private static final Pattern WRITTEN_TABLE = Pattern.compile(
            "(?i)(?<!for\\s)(?<!key\\s)(?<!do\\s)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+"
                    + "(?:only\\s+)?(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?");
    /** The most statement texts whose parts are kept: a repository's statements are few, and rendered once. */
    private static final int MOST_STATEMENTS_KEPT = 1_000;

    private final Map<String, Optional<Set<StoredData>>> partsOfStatements = new ConcurrentHashMap<>();
    private final AtomicLongArray versions = new AtomicLongArray(StoredData.values().length);
    private final long stalenessNanos;
    private final AtomicLong unknown = new AtomicLong();
    private final LongSupplier nanoTime;
    private final ReentrantLock asking = new ReentrantLock();
    private final ThreadLocal<Transaction> transaction = ThreadLocal.withInitial(Transaction::new);
    private volatile DSLContext dsl;
    private volatile long askedAt;
    private volatile long lastLogPosition = -1;

    /** What this thread's transaction has done so far: how deep its savepoints go, and the parts it wrote to. */
    private static final class Transaction {
        int depth;
        final Set<StoredData> wrote = EnumSet.noneOf(StoredData.class);
    }

    DatabaseVersion(Duration staleness, LongSupplier nanoTime) {
        Objects.requireNonNull(staleness, "staleness is required");
        if (staleness.isNegative()) {
            throw new IllegalArgumentException("staleness must not be negative, was " + staleness);
        }
        this.stalenessNanos = staleness.toNanos();
        this.nanoTime = nanoTime;
        this.askedAt = nanoTime.getAsLong() - stalenessNanos - 1;
    }

    /** Starts asking the database through {@code dsl}; until then every part moves at every call. */
    void askThrough(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl is required");
    }

    /** {@inheritDoc} The sum of the parts' versions: each only ever grows, so the sum moves if any of them does. */
    @Override
    public long current(Set<StoredData> parts) {
        long now = nanoTime.getAsLong();
        if (now - askedAt > stalenessNanos) {
            if (!asking.tryLock()) {
                // Another caller is asking. Under load it may wait for a connection for a while, and every caller
                // that re-read its answers meanwhile would make that wait longer: for one more staleness the
                // versions last known stand. Past that (the database may be away, and the question may wait up to
                // the connection timeout) nothing kept in memory is known to be current: a version below zero,
                // never given twice, matches nothing kept.
                if (now - askedAt > 2 * stalenessNanos) {
                    return unknown.decrementAndGet();
                }
                return sum(parts);
            }
            try {
                if (now - askedAt > stalenessNanos) {
                    askDatabase();
                    askedAt = nanoTime.getAsLong();
                }
            } finally {
                asking.unlock();
            }
        }
        return sum(parts);
    }

    private long sum(Set<StoredData> parts) {
        long sum = 0;
        for (StoredData part : parts) {
            sum += versions.get(part.ordinal());
        }
        return sum;
    }

    private void askDatabase() {
        DSLContext context = dsl;
        if (context == null) {
            move(EVERY_PART);
            return;
        }
        try {
            Long position = context.select(field("pg_current_wal_insert_lsn() - '0/0'::pg_lsn", Long.class))
                    .fetchOne(0, Long.class);
            if (position == null || position != lastLogPosition) {
                lastLogPosition = position == null ? -1 : position;
                move(EVERY_PART);
            }
        } catch (RuntimeException unreachable) {
            lastLogPosition = -1;
            move(EVERY_PART);
            LOG.debug("Could not ask the database whether its data changed; answering nothing from memory", unreachable);
        }
    }

    private void move(Set<StoredData> parts) {
        for (StoredData part : parts) {
            versions.incrementAndGet(part.ordinal());
        }
    }

    /** Notes the parts each statement other than a read writes to. */
    ExecuteListener writeNoticer() {
        return new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext ctx) {
                // Told by the query's class, not ctx.type(): for a statement run as plain text, that renders it
                // again and matches it against patterns, at every execution.
                if (ctx.query() instanceof Select<?>) {
                    return;
                }
                noteWritten(partsWrittenBy(ctx));
            }
        };
    }

    /** Notes the parts a statement run past jOOQ wrote to, told by the tables its text writes to. */
    void wrote(String sql) {
        noteWritten(partsWrittenBy(null, sql, false));
    }

    private void noteWritten(Set<StoredData> parts) {
        Transaction current = transaction.get();
        if (current.depth == 0) {
            move(parts); // committed on its own already
        } else {
            current.wrote.addAll(parts);
        }
    }

    /** Follows transactions, so that what they wrote moves its parts once the outermost has committed. */
    TransactionListener commitNoticer() {
        return new TransactionListener() {
            @Override
            public void beginStart(TransactionContext ctx) {
                transaction.get().depth++;
            }

            @Override
            public void commitEnd(TransactionContext ctx) {
                ended(true);
            }

            @Override
            public void rollbackEnd(TransactionContext ctx) {
                ended(false);
            }
        };
    }

    private void ended(boolean committed) {
        Transaction current = transaction.get();
        current.depth = Math.max(0, current.depth - 1);
        if (current.depth == 0) {
            if (committed) {
                move(current.wrote);
            }
            transaction.remove();
        }
    }

    private Set<StoredData> partsWrittenBy(ExecuteContext ctx) {
        Query[] batch = ctx.batchQueries();
        if (batch.length > 1) {
            Set<StoredData> parts = EnumSet.noneOf(StoredData.class);
            String[] statements = ctx.batchSQL();
            for (int i = 0; i < batch.length; i++) {
                parts.addAll(partsWrittenBy(batch[i], i < statements.length ? statements[i] : null, false));
            }
            return parts;
        }
        return partsWrittenBy(ctx.query(), ctx.sql(), ctx.query() instanceof ResultQuery<?>);
    }

    /**
     * The parts {@code query} writes to: told by its model when jOOQ built it, otherwise (a statement rendered once
     * and run as plain SQL, a write that returns rows) by the tables its text writes to. A text that names no table
     * written to moves every part, unless it was run as a read.
     */
    private Set<StoredData> partsWrittenBy(Query query, String sql, boolean read) {
        Table<?> table = switch (query) {
            case QOM.Insert<?> insert -> insert.$into();
            case QOM.Update<?> update -> update.$table();
            case QOM.Delete<?> delete -> delete.$from();
            case QOM.Truncate<?> truncate when truncate.$table().size() == 1 -> truncate.$table().getFirst();
            case null, default -> null;
        };
        if (table != null) {
            return PARTS_OF_TABLES.getOrDefault(table.getName(), EVERY_PART);
        }
        if (sql == null) {
            return EVERY_PART;
        }
        Optional<Set<StoredData>> parts = partsOfStatements.get(sql);
        if (parts == null) {
            if (partsOfStatements.size() >= MOST_STATEMENTS_KEPT) {
                partsOfStatements.clear();
            }
            parts = partsNamedIn(sql);
            partsOfStatements.put(sql, parts);
        }
        return parts.orElse(read ? NO_PART : EVERY_PART);
    }

    /**
     * The parts of the tables {@code sql} writes to (every part when one of them is unknown), or empty when its text
     * names no table written to.
     */
    static Optional<Set<StoredData>> partsNamedIn(String sql) {
        Set<StoredData> parts = EnumSet.noneOf(StoredData.class);
        boolean named = false;
        Matcher written = WRITTEN_TABLE.matcher(sql);
        while (written.find()) {
            named = true;
            Set<StoredData> ofTable = PARTS_OF_TABLES.get(written.group(1).toLowerCase(Locale.ROOT));
            if (ofTable == null) {
                return Optional.of(EVERY_PART);
            }
            parts.addAll(ofTable);
        }
        return named ? Optional.of(parts) : Optional.empty();
    }
}
