-- Search over what the programme has made public: the published views with their published answers, the changes
-- made, the key questions, the communities' priorities and the public meetings. The search reads one table,
-- search_entry, that holds ONLY text already public elsewhere on the site, so a mistake in a search query cannot
-- reach a pending or withheld view, a contributor's contact details, a moderator's note or a registrant: none of them
-- is ever copied here.
--
-- Triggers keep the table in step with its sources, in the transaction that changes them, so every way of changing
-- a view (publishing, withholding, answering, erasing, editing, a staff tool yet to come, an operator's SQL) keeps
-- search right without the services having to remember it. A view is written here only once published: a new view
-- is pending, and its insert costs one test of a column. The triggers are ordinary ones, which a session turning
-- triggers off (session_replication_role = replica, as the bulk sample load does) skips; that load then writes the
-- rows of all its views at once, with search_views_again().

-- The words of a part of an entry, stemmed in English and weighted by the part (A a title, B the text, C an answer).
-- An entry's document is its parts' words joined in that order; each part stands alone, so a bulk load can stem each
-- distinct text once however many entries share it.
create function search_words(part text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('english'::regconfig, coalesce(part, '')), weight);

create function search_document(title text, body text, answer text) returns tsvector
    language sql immutable parallel safe
    return search_words(title, 'A') || search_words(body, 'B') || search_words(answer, 'C');

create table search_entry (
    kind         text        not null,
    source_id    uuid        not null,
    community_id uuid,
    respondent   text,
    dated        timestamptz not null,
    document     tsvector    not null,
    constraint search_entry_pkey primary key (source_id, kind),
    constraint search_entry_kind_known check (kind in ('VIEW', 'CHANGE', 'KEY_QUESTION', 'PRIORITY', 'MEETING')),
    constraint search_entry_respondent_of_views check (respondent is null or kind = 'VIEW')
);

comment on table search_entry is 'The words search finds, one row per published view, change made, key question, priority or meeting; kept by triggers on those tables. Its text is read, for the results shown, from the searchable_ views.';
comment on column search_entry.respondent is 'Who gave a view (its contributor role); none for other kinds.';
comment on column search_entry.dated is 'When it was published, made, held or last changed: what the date filter and the newest-first choice of candidates read.';
comment on column search_entry.document is 'search_document(title, body, answer) of its searchable_ view''s row.';

-- Finding: the matches of a query's words, and, for words found everywhere, the newest entries first (search ranks
-- only a bounded number of the newest matches), over all entries or one community's.
create index search_entry_document_idx on search_entry using gin (document);
create index search_entry_newest_idx on search_entry (dated desc, source_id desc);
create index search_entry_community_newest_idx on search_entry (community_id, dated desc)
    where community_id is not null;

-- What is searchable, kind by kind: one definition each, read by the triggers for one row and by a bulk load or
-- this migration for all of them. A view only once published, with its published text and answer; the other kinds
-- are public once they exist (a cancelled meeting keeps its page). A priority and a key question have no date of
-- their own: theirs is when they were last written here (a key question: when it was added, reworded or moved).

create view searchable_view as
select 'VIEW'::text as kind, id as source_id, null::text as title, public_text as body, response_text as answer,
       community_id, contributor_role as respondent, published_at as dated
from feedback
where moderation = 'PUBLISHED';

create view searchable_change as
select 'CHANGE'::text as kind, id as source_id, title, description as body, null::text as answer, community_id,
       null::text as respondent,
       coalesce(made_on, started_on, planned_on)::timestamp at time zone 'Europe/London' as dated
from change_made;

create view searchable_key_question as
select 'KEY_QUESTION'::text as kind, id as source_id, question as title, answer as body, null::text as answer,
       null::uuid as community_id, null::text as respondent, changed_at as dated
from key_question;

create view searchable_priority as
select 'PRIORITY'::text as kind, id as source_id, title, description || E'\n\n' || rationale as body,
       null::text as answer, community_id, null::text as respondent, statement_timestamp() as dated
from local_priority;

create view searchable_meeting as
select 'MEETING'::text as kind, id as source_id, title, purpose as body, summary as answer, community_id,
       null::text as respondent, starts_at as dated
from meeting;

-- Every kind together: what the results shown are read from, by kind and id.
create view searchable_entry as
select * from searchable_view
union all select * from searchable_change
union all select * from searchable_key_question
union all select * from searchable_priority
union all select * from searchable_meeting;

-- Keeping search_entry in step: the trigger names the kind and the view that defines it.
create function search_entry_follows() returns trigger
    language plpgsql as $$
declare
    entry_kind text := tg_argv[0];
    source text := tg_argv[1];
begin
    if tg_op <> 'INSERT' then
        delete from search_entry where source_id = old.id and kind = entry_kind;
    end if;
    if tg_op <> 'DELETE' then
        execute format('insert into search_entry (kind, source_id, community_id, respondent, dated, document)'
                       ' select kind, source_id, community_id, respondent, dated, search_document(title, body, answer)'
                       ' from %I where source_id = $1', source) using new.id;
    end if;
    return null;
end;
$$;

create trigger feedback_searched_when_added
    after insert on feedback for each row when (new.moderation = 'PUBLISHED')
    execute function search_entry_follows('VIEW', 'searchable_view');
create trigger feedback_searched_when_changed
    after update on feedback for each row
    when (old.moderation is distinct from new.moderation
          or old.public_text is distinct from new.public_text
          or old.response_text is distinct from new.response_text
          or old.published_at is distinct from new.published_at
          or old.community_id is distinct from new.community_id
          or old.contributor_role is distinct from new.contributor_role)
    execute function search_entry_follows('VIEW', 'searchable_view');
create trigger feedback_searched_when_removed
    after delete on feedback for each row when (old.moderation = 'PUBLISHED')
    execute function search_entry_follows('VIEW', 'searchable_view');

create function search_entry_of_no_views() returns trigger
    language plpgsql as $$
begin
    delete from search_entry where kind = 'VIEW';
    return null;
end;
$$;

create trigger feedback_searched_when_emptied
    after truncate on feedback for each statement execute function search_entry_of_no_views();

create trigger change_made_searched
    after insert or update or delete on change_made for each row
    execute function search_entry_follows('CHANGE', 'searchable_change');

create trigger key_question_searched_when_added_or_removed
    after insert or delete on key_question for each row
    execute function search_entry_follows('KEY_QUESTION', 'searchable_key_question');
create trigger key_question_searched_when_reworded
    after update on key_question for each row
    when (old.question is distinct from new.question or old.answer is distinct from new.answer)
    execute function search_entry_follows('KEY_QUESTION', 'searchable_key_question');

create trigger local_priority_searched_when_added_or_removed
    after insert or delete on local_priority for each row
    execute function search_entry_follows('PRIORITY', 'searchable_priority');
create trigger local_priority_searched_when_reworded
    after update on local_priority for each row
    when (old.title is distinct from new.title or old.description is distinct from new.description
          or old.rationale is distinct from new.rationale or old.community_id is distinct from new.community_id)
    execute function search_entry_follows('PRIORITY', 'searchable_priority');

create trigger meeting_searched_when_added_or_removed
    after insert or delete on meeting for each row
    execute function search_entry_follows('MEETING', 'searchable_meeting');
create trigger meeting_searched_when_changed
    after update on meeting for each row
    when (old.title is distinct from new.title or old.purpose is distinct from new.purpose
          or old.summary is distinct from new.summary or old.community_id is distinct from new.community_id
          or old.starts_at is distinct from new.starts_at)
    execute function search_entry_follows('MEETING', 'searchable_meeting');

-- The rows of every published view that has none yet, in one statement: what a bulk load that skipped the triggers
-- runs once at the end. Each distinct text is stemmed once (views share answers, and sample views their words), and
-- when the views to add are most of what the table will hold, the table is emptied first and its index of words
-- built again at the end: rows written into a table emptied in the same transaction need no write-ahead log of their
-- own on a server keeping the least (wal_level = minimal), and one build of the index is far cheaper than growing it
-- row by row. Emptying takes the table's strongest lock until the transaction ends, which a bulk load may take.
create function search_views_again() returns void
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
    left join answers a on a.answer = m.answer;
    if rebuilt then
        insert into search_entry select * from search_entry_kept;
        drop table search_entry_kept;
        create index search_entry_document_idx on search_entry using gin (document);
    end if;
end;
$$;

-- What is there already.
select search_views_again();
insert into search_entry (kind, source_id, community_id, respondent, dated, document)
select kind, source_id, community_id, respondent, dated, search_document(title, body, answer)
from searchable_entry
where kind <> 'VIEW';
