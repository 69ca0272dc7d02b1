package org.bettercaretogether.persistence.search;

import org.bettercaretogether.application.search.SearchHit;
import org.bettercaretogether.application.search.SearchIndex;
import org.bettercaretogether.application.search.SearchKind;
import org.bettercaretogether.application.search.Snippet;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.persistence.jooq.tables.SearchEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.Record;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.bettercaretogether.persistence.jooq.Tables.CHANGE_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.FEEDBACK_THEME;
import static org.bettercaretogether.persistence.jooq.Tables.LOCAL_PRIORITY;
import static org.bettercaretogether.persistence.jooq.Tables.SEARCH_ENTRY;
import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

/**
 * Finds in {@code search_entry} in one statement, in three steps: the {@link #MOST_RANKED} newest entries whose words
 * match (by the GIN index for rare words, walking the newest first for common ones: the planner chooses, knowing the
 * words), then their ranks, then the page after the cursor, and only for the page's rows the text and its highlighted
 * passages, read from the {@code searchable_entry} view. That view puts five tables together; read row by row for the
 * page ({@code lateral}, kept apart from the rest of the statement by {@code offset 0}), each is one look-up by its
 * primary key, where a join of the whole view would read every published view.
 *
 * <p>The words and filters are written into the statement as literals, escaped by jOOQ, never as bind values: the
 * planner then sees how common the words are, where a plan prepared once for any words would walk the newest entries
 * for a word that hardly occurs, or sort every match of one that occurs everywhere.
 *
 * <p>PostgreSQL marks the matches in a passage with two control characters, which no stored text holds (the domain's
 * rule for text refuses them); the passage is split on them into plain parts and matches, so no markup in the text, and
 * none made here, reaches whoever shows it.
 */
public final class JooqSearchIndex implements SearchIndex {

    private static final char MATCH_STARTS = '\u0002';
    private static final char MATCH_ENDS = '\u0003';
    private static final String PASSAGE = "StartSel=" + MATCH_STARTS + ", StopSel=" + MATCH_ENDS
            + ", MaxWords=40, MinWords=20, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";
    /** Ranks are fractions; as whole numbers they compare exactly in a cursor. */
    private static final int SCORE_SCALE = 1_000_000;

    private static final String RESULTS = """
            (with candidate as (
                select e.kind, e.source_id, e.dated, e.document
                from search_entry e
                where e.document @@ {0} and {1}
                order by e.dated desc
                limit {2}),
            scored as (
                select kind, source_id, dated, (ts_rank(document, {0}) * {3})::integer as score,
                       count(*) over () as candidates
                from candidate),
            page as materialized (
                select kind, source_id, dated, score, candidates
                from scored
                where {4}
                order by score desc, dated desc, source_id desc
                limit {5})
            select p.kind, p.source_id, p.dated, p.score, p.candidates, v.title, v.respondent,
                   c.slug as community_slug, c.name as community_name,
                   ts_headline('english'::regconfig, v.body, {0}, {6}) as text,
                   case when search_words(v.answer, 'C') @@ {0}
                        then ts_headline('english'::regconfig, v.answer, {0}, {6}) end as answer
            from page p
            cross join lateral (
                select * from searchable_entry v where v.source_id = p.source_id and v.kind = p.kind
                offset 0) v
            left join community c on c.id = v.community_id)""";

    private static final SearchEntry E = SEARCH_ENTRY.as("e");
    private static final Field<String> KIND = field("kind", String.class);
    private static final Field<UUID> SOURCE_ID = field("source_id", UUID.class);
    private static final Field<OffsetDateTime> DATED = field("dated", OffsetDateTime.class);
    private static final Field<Integer> SCORE = field("score", Integer.class);
    private static final Field<Long> CANDIDATES = field("candidates", Long.class);
    private static final Field<String> TITLE = field("title", String.class);
    private static final Field<String> RESPONDENT = field("respondent", String.class);
    private static final Field<String> COMMUNITY_SLUG = field("community_slug", String.class);
    private static final Field<String> COMMUNITY_NAME = field("community_name", String.class);
    private static final Field<String> TEXT = field("text", String.class);
    private static final Field<String> ANSWER = field("answer", String.class);

    private final DSLContext dsl;

    public JooqSearchIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Found> find(Criteria criteria, Optional<Position> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        QueryPart query = field("websearch_to_tsquery('english'::regconfig, {0})", Object.class,
                inline(criteria.words()));
        Condition afterCursor = after.map(position -> row(SCORE, DATED, SOURCE_ID)
                        .lt(inline(position.score()), inline(time(position)), inline(position.id())))
                .orElse(noCondition());
        // Run as a select of its own (not as text): the store's cache of statement texts is for writes, and every
        // search is a new text.
        return dsl.select(asterisk())
                .from(table(RESULTS, query, filters(criteria), inline(MOST_RANKED), inline(SCORE_SCALE), afterCursor,
                        inline(limit), inline(PASSAGE)).as("results"))
                .orderBy(SCORE.desc(), DATED.desc(), SOURCE_ID.desc())
                .fetch(JooqSearchIndex::found);
    }

    private static Condition filters(Criteria criteria) {
        return and(
                criteria.kinds().isEmpty() ? noCondition()
                        : E.KIND.in(criteria.kinds().stream().map(kind -> inline(kind.name())).toList()),
                criteria.community().map(id -> E.COMMUNITY_ID.eq(inline(id.value()))).orElse(noCondition()),
                criteria.respondent().map(role -> E.RESPONDENT.eq(inline(role.name()))).orElse(noCondition()),
                criteria.from().map(from -> E.DATED.ge(inline(from.atOffset(ZoneOffset.UTC)))).orElse(noCondition()),
                criteria.before().map(before -> E.DATED.lt(inline(before.atOffset(ZoneOffset.UTC))))
                        .orElse(noCondition()),
                criteria.theme().map(theme -> or(
                        E.KIND.eq(inline(SearchKind.VIEW.name())).and(exists(selectOne().from(FEEDBACK_THEME)
                                .where(FEEDBACK_THEME.FEEDBACK_ID.eq(E.SOURCE_ID)
                                        .and(FEEDBACK_THEME.THEME_ID.eq(inline(theme.value())))))),
                        E.KIND.eq(inline(SearchKind.CHANGE.name())).and(exists(selectOne().from(CHANGE_THEME)
                                .where(CHANGE_THEME.CHANGE_ID.eq(E.SOURCE_ID)
                                        .and(CHANGE_THEME.THEME_ID.eq(inline(theme.value())))))),
                        E.KIND.eq(inline(SearchKind.PRIORITY.name())).and(exists(selectOne().from(LOCAL_PRIORITY)
                                .where(LOCAL_PRIORITY.ID.eq(E.SOURCE_ID)
                                        .and(LOCAL_PRIORITY.THEME_ID.eq(inline(theme.value())))))))
                ).orElse(noCondition()));
    }

    private static OffsetDateTime time(Position position) {
        return position.dated().atOffset(ZoneOffset.UTC);
    }

    private static Found found(Record row) {
        SearchHit.Community community = row.get(COMMUNITY_SLUG) == null ? null
                : new SearchHit.Community(new Slug(row.get(COMMUNITY_SLUG)), row.get(COMMUNITY_NAME));
        SearchHit hit = new SearchHit(SearchKind.valueOf(row.get(KIND)), row.get(SOURCE_ID),
                Optional.ofNullable(row.get(TITLE)), snippet(row.get(TEXT)),
                Optional.ofNullable(row.get(ANSWER)).map(JooqSearchIndex::snippet), Optional.ofNullable(community),
                Optional.ofNullable(row.get(RESPONDENT)).map(ContributorRole::valueOf),
                row.get(DATED).toInstant());
        return new Found(hit, new Position(row.get(SCORE), hit.dated(), hit.id()),
                row.get(CANDIDATES) >= MOST_RANKED);
    }

    /** The passage PostgreSQL highlighted, split into plain parts and matches at its marks. */
    static Snippet snippet(String highlighted) {
        List<Snippet.Part> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == MATCH_STARTS || c == MATCH_ENDS) {
                if (!part.isEmpty()) {
                    parts.add(new Snippet.Part(part.toString(), inMatch));
                    part.setLength(0);
                }
                inMatch = c == MATCH_STARTS;
            } else {
                part.append(c);
            }
        }
        if (!part.isEmpty()) {
            parts.add(new Snippet.Part(part.toString(), inMatch));
        }
        return new Snippet(parts);
    }
}
