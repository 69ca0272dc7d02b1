-- Community projects in search: a listed project is found by its name, what it offers and who it is for, as its
-- public page shows them; a suggestion, a declined one and a closed one are not. As for the other kinds, triggers keep
-- search_entry in step with community_project in the transaction that changes it, and search_entry holds only what
-- is public. A project may serve several communities: search does not narrow projects by community (their
-- community_id here is empty), the projects' own list does.

alter table search_entry drop constraint search_entry_kind_known;
alter table search_entry add constraint search_entry_kind_known
    check (kind in ('VIEW', 'CHANGE', 'KEY_QUESTION', 'PRIORITY', 'MEETING', 'PROJECT'));

comment on table search_entry is 'The words search finds, one row per published view, change made, key question, priority, meeting or listed community project; kept by triggers on those tables. Its text is read, for the results shown, from the searchable_ views.';

create view searchable_project as
select 'PROJECT'::text as kind, id as source_id, name as title, offer || E'\n\n' || for_whom as body,
       null::text as answer, null::uuid as community_id, null::text as respondent, changed_at as dated
from community_project
where status = 'LISTED';

create or replace view searchable_entry as
select * from searchable_view
union all select * from searchable_change
union all select * from searchable_key_question
union all select * from searchable_priority
union all select * from searchable_meeting
union all select * from searchable_project;

create trigger community_project_searched_when_added_or_removed
    after insert or delete on community_project for each row
    execute function search_entry_follows('PROJECT', 'searchable_project');
create trigger community_project_searched_when_changed
    after update on community_project for each row
    when (old.status is distinct from new.status or old.name is distinct from new.name
          or old.offer is distinct from new.offer or old.for_whom is distinct from new.for_whom)
    execute function search_entry_follows('PROJECT', 'searchable_project');

insert into search_entry (kind, source_id, community_id, respondent, dated, document)
select kind, source_id, community_id, respondent, dated, search_document(title, body, answer)
from searchable_project;
