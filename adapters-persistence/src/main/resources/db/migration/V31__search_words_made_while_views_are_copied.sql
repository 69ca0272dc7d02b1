-- After a bulk load of views is committed, search_views_again() (V22) makes the words search finds for every
-- published view: for a million views (745,000 published, 393,000 distinct texts) about 30 s on one core, over half
-- of it turning each distinct text into words, while the other core counts the views. That turning into words needs
-- the texts, not the committed views, so a bulk load now does it as it copies the views, on a connection of its own,
-- where the database has a core to spare (the copy keeps one busy): it writes the words of each published text it has
-- not sent before here, keyed by the text's MD5, and search_views_again() makes only the words of texts not found
-- here, then empties the table. The table is only ever a shortcut: what it lacks is made as before, and a load cut
-- short leaves rows the next call removes. Unlogged: it is worth nothing after a crash, which empties it.
create unlogged table search_words_ahead (
    text_md5 uuid     not null,
    words    tsvector not null,
    constraint search_words_ahead_pkey primary key (text_md5)
);

comment on table search_words_ahead is 'search_words(text, ''B'') of the published texts of views being copied in bulk, by md5(text), made beside the copy and read, then emptied, by search_views_again(). Holds no text, only the words search_entry will hold.';

-- As in V22, with the words made ahead where they exist, and without merge joins: right after a bulk load the planner
-- has no statistics for the texts yet, guesses millions of distinct ones, and joins by sorting both sides on the text
-- in the database's collation (about 4 s of 32 for a million views); matched by hashing, the same entries are written
-- in 27 s. The setting holds only while the function runs.
create or replace function search_views_again() returns void
    language plpgsql
    set enable_mergejoin = off as $$
declare
    rebuilt boolean := (select count(*) from search_entry) < (select count(*) from feedback) / 4;
begin
    if rebuilt then
        create temporary table search_entry_kept on commit drop as
        select * from search_entry where kind <> 'VIEW';
        truncate search_entry;
        drop index search_entry_document_idx;
    end if;
    with missing as (
        select v.*
        from searchable_view v
        where not exists (select 1 from search_entry e where e.source_id = v.source_id and e.kind = 'VIEW')),
    bodies as materialized (
        select distinct_bodies.body, coalesce(ahead.words, search_words(distinct_bodies.body, 'B')) as words
        from (select distinct body from missing) distinct_bodies
        left join search_words_ahead ahead on ahead.text_md5 = md5(distinct_bodies.body)::uuid),
    answers as materialized (
        select answer, search_words(answer, 'C') as words
        from (select distinct answer from missing where answer is not null) distinct_answers)
    insert into search_entry (kind, source_id, community_id, respondent, dated, document)
    select m.kind, m.source_id, m.community_id, m.respondent, m.dated,
           search_words(null, 'A') || b.words || coalesce(a.words, search_words(null, 'C'))
    from missing m
    join bodies b on b.body = m.body
    left join answers a on a.answer = m.answer
    order by m.dated, m.source_id;
    if rebuilt then
        insert into search_entry select * from search_entry_kept order by dated, source_id;
        drop table search_entry_kept;
        create index search_entry_document_idx on search_entry using gin (document);
    end if;
    truncate search_words_ahead;
end;
$$;
