-- Search finds the newest matches of a common word by walking search_entry_newest_idx, newest first, reading each
-- entry's words from the table until it has enough. Views are written to search_entry as they are published, so by
-- date, and that walk reads entry after entry from the same page. search_views_again() (V15), which a bulk load runs
-- once at the end, wrote them in whatever order its join gave: entries next to each other by date lay on different
-- pages, and the walk read a page for every entry (a town's name, in one entry in forty, read 42,000 pages to find its
-- 1,000 newest matches at a million views; 3,300 once in date order). It now writes them oldest first, as publishing
-- does.

create or replace function search_views_again() returns void
    language plpgsql as $$
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
        select body, search_words(body, 'B') as words from (select distinct body from missing) distinct_bodies),
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
end;
$$;
