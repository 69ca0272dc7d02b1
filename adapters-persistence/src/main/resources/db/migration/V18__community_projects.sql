-- Community projects: the groups and courses run by partners, voluntary organisations and community groups that help
-- people stay well, each serving one or more communities and meeting at regular weekly times; the public's reports
-- that an entry is wrong or that the project has closed; the listed projects in search; and each community's guide
-- to online consultations. As in the migrations before, check constraints mirror the domain's rules and are never
-- stricter. The suggester's name and email address are personal data, read
-- by staff only; the public list reads listed rows by name through a partial index, a page at a time.

create table community_project (
    id                 uuid        not null,
    name               text        not null,
    offer              text        not null,
    for_whom           text        not null,
    category           text        not null,
    organiser_kind     text        not null,
    organiser          text        not null,
    venue_name         text,
    venue_address      text,
    venue_access       text[]      not null default '{}',
    venue_access_notes text,
    online             boolean     not null,
    times_note         text,
    join_by            text        not null,
    join_details       text        not null,
    free               boolean     not null,
    charge             text,
    status             text        not null,
    suggester_name     text,
    suggester_email    text,
    last_checked       date        not null,
    received_at        timestamptz not null,
    changed_at         timestamptz not null,
    version            bigint      not null,
    constraint community_project_pkey primary key (id),
    constraint community_project_name_text check (btrim(name) <> '' and char_length(name) <= 120),
    constraint community_project_offer_text check (btrim(offer) <> '' and char_length(offer) <= 2000),
    constraint community_project_for_whom_text check (btrim(for_whom) <> '' and char_length(for_whom) <= 2000),
    constraint community_project_category_known check (category in ('WALKING_AND_ACTIVITY', 'FALLS_PREVENTION',
        'CARERS_SUPPORT', 'LONG_TERM_CONDITIONS', 'SOCIAL_PRESCRIBING', 'COMPANY_AND_WELLBEING', 'OTHER')),
    constraint community_project_organiser_kind_known
        check (organiser_kind in ('PARTNER', 'VOLUNTARY_ORGANISATION', 'COMMUNITY_GROUP')),
    constraint community_project_organiser_text check (btrim(organiser) <> '' and char_length(organiser) <= 200),
    constraint community_project_venue_together check ((venue_name is null) = (venue_address is null)
        and (venue_name is not null or (venue_access_notes is null and venue_access = '{}'))),
    constraint community_project_venue_or_online check (venue_name is not null or online),
    constraint community_project_venue_access_known
        check (venue_access <@ array['STEP_FREE', 'HEARING_LOOP', 'PARKING', 'PUBLIC_TRANSPORT']::text[]),
    constraint community_project_join_by_known check (join_by in ('CONTACT', 'REFERRAL', 'DROP_IN')),
    constraint community_project_join_details_text
        check (btrim(join_details) <> '' and char_length(join_details) <= 500),
    constraint community_project_charge_unless_free check ((charge is null) = free),
    constraint community_project_status_known check (status in ('SUGGESTED', 'LISTED', 'DECLINED', 'CLOSED')),
    constraint community_project_version_not_negative check (version >= 0)
);

-- The public list, by name as Java compares strings, then id: a page is read by key from here.
create index community_project_listed_by_name_idx on community_project (name collate "C", id)
    where status = 'LISTED';
-- The staff's review lists: suggestions by age, and listed entries by their last check.
create index community_project_suggested_idx on community_project (received_at, id) where status = 'SUGGESTED';
create index community_project_listed_by_check_idx on community_project (last_checked, id) where status = 'LISTED';

comment on table community_project is 'A community project: suggested by the public, listed by staff, declined, or closed.';
comment on column community_project.venue_access is 'AccessFeature names of the venue; empty without one.';
comment on column community_project.charge is 'What it costs, in words; null when it is free.';
comment on column community_project.suggester_name is 'Personal data: the suggester''s name, for staff only.';
comment on column community_project.suggester_email is 'Personal data: the suggester''s email address, for staff only.';
comment on column community_project.last_checked is 'The UK day staff last found the entry right; a check is due 12 months after.';
comment on column community_project.version is 'Optimistic lock: incremented on every update.';

create table community_project_community (
    project_id   uuid not null,
    community_id uuid not null,
    constraint community_project_community_pkey primary key (project_id, community_id),
    constraint community_project_community_project_fkey
        foreign key (project_id) references community_project (id) on delete cascade,
    constraint community_project_community_community_fkey foreign key (community_id) references community (id)
);

-- "Projects near me" and an ICC's page find a community's projects from here.
create index community_project_community_community_idx on community_project_community (community_id, project_id);

comment on table community_project_community is 'A community whose people a project serves; a set, so no order.';

create table community_project_session (
    project_id  uuid     not null,
    position    integer  not null,
    day_of_week smallint not null,
    starts_at   time     not null,
    ends_at     time     not null,
    constraint community_project_session_pkey primary key (project_id, position),
    constraint community_project_session_project_fkey
        foreign key (project_id) references community_project (id) on delete cascade,
    constraint community_project_session_day_known check (day_of_week between 1 and 7),
    constraint community_project_session_ends_after_start check (ends_at > starts_at)
);

create index community_project_session_day_idx on community_project_session (day_of_week, project_id);

comment on table community_project_session is 'A regular weekly time a project meets, in UK time.';
comment on column community_project_session.day_of_week is 'ISO day of the week: 1 is Monday, 7 Sunday.';

create table project_report (
    id          uuid        not null,
    project_id  uuid        not null,
    problem     text        not null,
    details     text        not null,
    received_at timestamptz not null,
    resolved_at timestamptz,
    version     bigint      not null,
    constraint project_report_pkey primary key (id),
    constraint project_report_project_fkey foreign key (project_id) references community_project (id),
    constraint project_report_problem_known check (problem in ('CLOSED', 'WRONG')),
    constraint project_report_details_text check (btrim(details) <> '' and char_length(details) <= 1000),
    constraint project_report_version_not_negative check (version >= 0)
);

create index project_report_open_idx on project_report (received_at, id) where resolved_at is null;
create index project_report_project_idx on project_report (project_id);

comment on table project_report is 'A member of the public''s word that a project''s entry is wrong or that it has closed.';

-- Search -----------------------------------------------------------------------------------------------------------

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

-- Guides to online consultations -----------------------------------------------------------------------------------

-- New ways to see a clinician: each community's guide, kept by staff, to the online and video consultations its GP
-- practices offer, with the address of the NHS's own service. At most one guide for each community. No clinical or
-- personal detail is ever kept here: the guide is the programme's own published words.

create table online_consultation_guide (
    community_id uuid        not null,
    explanation  text        not null,
    nhs_service  text        not null,
    changed_at   timestamptz not null,
    version      bigint      not null,
    constraint online_consultation_guide_pkey primary key (community_id),
    constraint online_consultation_guide_community_fkey foreign key (community_id) references community (id),
    constraint online_consultation_guide_explanation_text
        check (btrim(explanation) <> '' and char_length(explanation) <= 2000),
    constraint online_consultation_guide_nhs_service_https check (nhs_service like 'https://%'),
    constraint online_consultation_guide_version_not_negative check (version >= 0)
);

comment on table online_consultation_guide is 'A community''s guide to the online and video consultations its GP practices offer.';
comment on column online_consultation_guide.nhs_service is 'The NHS''s own service a consultation is begun at (https, on nhs.uk).';
comment on column online_consultation_guide.version is 'Optimistic lock: incremented on every update.';
