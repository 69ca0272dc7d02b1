-- The life of the communities: their local priorities, their integrated teams (with the managed list of
-- professions), their history (stages reached, renamings, merger), and the public meetings with the registrations
-- for them. As in V1 to V3, check constraints mirror the domain's rules (enums by name, "set together" rules, text
-- limits) and are never stricter than them; each rule holds for any value the others refuse, so a refused row names
-- the one rule it broke. Lists keep their order in a zero-based "position". Registrants' names, email addresses and
-- access needs are personal data.

-- Local priorities -----------------------------------------------------------------------------------------------

create table local_priority (
    id           uuid    not null,
    community_id uuid    not null,
    rank         integer not null,
    title        text    not null,
    description  text    not null,
    rationale    text    not null,
    theme_id     uuid,
    owner_id     uuid    not null,
    version      bigint  not null,
    constraint local_priority_pkey primary key (id),
    -- Checked at commit, so that re-ranking a community's priorities one row at a time in a transaction may pass
    -- through a tie on the way; two priorities added at the same rank at once cannot both commit.
    constraint local_priority_rank_key unique (community_id, rank) deferrable initially deferred,
    constraint local_priority_community_fkey foreign key (community_id) references community (id),
    constraint local_priority_theme_fkey foreign key (theme_id) references theme (id),
    constraint local_priority_owner_fkey foreign key (owner_id) references partner (id),
    constraint local_priority_rank_positive check (rank > 0),
    constraint local_priority_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint local_priority_description_text check (btrim(description) <> '' and char_length(description) <= 5000),
    constraint local_priority_rationale_text check (btrim(rationale) <> '' and char_length(rationale) <= 2000),
    constraint local_priority_version_not_negative check (version >= 0)
);

create index local_priority_theme_id_idx on local_priority (theme_id) where theme_id is not null;
create index local_priority_owner_id_idx on local_priority (owner_id);

comment on table local_priority is 'One of a community''s local priorities, ranked 1, 2, 3... within the community.';
comment on column local_priority.rank is 'Its place in the community''s list: 1 is first; unique in the community once committed.';
comment on column local_priority.theme_id is 'The theme it belongs to, so priorities compare across communities; null when none.';
comment on column local_priority.owner_id is 'The partner that owns it.';
comment on column local_priority.version is 'Optimistic lock: incremented on every update.';

create table local_priority_dimension (
    priority_id uuid not null,
    dimension   text not null,
    constraint local_priority_dimension_pkey primary key (priority_id, dimension),
    constraint local_priority_dimension_priority_fkey
        foreign key (priority_id) references local_priority (id) on delete cascade,
    constraint local_priority_dimension_known
        check (dimension in ('POPULATION_HEALTH', 'QUALITY_OF_CARE', 'COST', 'STAFF_WELLBEING'))
);

comment on table local_priority_dimension is 'A dimension of the triple aim a priority serves; a set, so no order.';
comment on column local_priority_dimension.dimension is 'A TripleAimDimension name.';

create table local_priority_status_step (
    priority_id uuid    not null,
    position    integer not null,
    status      text    not null,
    status_on   date    not null,
    constraint local_priority_status_step_pkey primary key (priority_id, position),
    constraint local_priority_status_step_priority_fkey
        foreign key (priority_id) references local_priority (id) on delete cascade,
    constraint local_priority_status_step_position_not_negative check (position >= 0),
    constraint local_priority_status_step_status_known
        check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'))
);

comment on table local_priority_status_step is 'A status a priority reached and the day it did, in order; the last is its status now.';

create table local_priority_event (
    priority_id uuid        not null,
    position    integer     not null,
    at          timestamptz not null,
    kind        text        not null,
    detail      text        not null,
    constraint local_priority_event_pkey primary key (priority_id, position),
    constraint local_priority_event_priority_fkey
        foreign key (priority_id) references local_priority (id) on delete cascade,
    constraint local_priority_event_position_not_negative check (position >= 0),
    constraint local_priority_event_kind_known check (kind in ('ADDED', 'REVISED', 'RANKED', 'STATUS')),
    constraint local_priority_event_detail_trimmed check (detail = btrim(detail))
);

comment on table local_priority_event is 'One change in a priority''s history, in order; the detail is public and never personal data.';

-- Integrated teams and the professions ---------------------------------------------------------------------------

create table profession (
    id      uuid    not null,
    name    text    not null,
    in_use  boolean not null,
    version bigint  not null,
    constraint profession_pkey primary key (id),
    constraint profession_name_text check (btrim(name) <> '' and char_length(name) <= 100),
    constraint profession_version_not_negative check (version >= 0)
);

create unique index profession_name_key on profession (lower(name));

comment on table profession is 'A profession of the managed list; kept when out of use, for the teams that have it.';
comment on column profession.in_use is 'Whether staff may still add it to a team.';
comment on column profession.version is 'Optimistic lock: incremented on every update.';
comment on index profession_name_key is 'Profession names are unique ignoring case.';

insert into profession (id, name, in_use, version) values
    ('4121996b-7a15-4a97-89df-39d83ddef1e3', 'District nurse', true, 1),
    ('f3a2379b-9801-4bf2-ae5f-3aa1e73914e7', 'GP', true, 1),
    ('f6ae7df8-0aa6-478a-9ac2-0062cb7a1a2f', 'Social worker', true, 1),
    ('3063594c-4218-4f1d-aad6-d89c5bc7d38b', 'Physiotherapist', true, 1),
    ('94a3e046-a882-4760-a2a1-09f0b0a4b539', 'Occupational therapist', true, 1),
    ('44b3fece-dac4-42e8-9eb3-1e9e951b7516', 'Mental health practitioner', true, 1),
    ('a9c93712-e57c-4192-9512-486afc09d872', 'Pharmacist', true, 1),
    ('813f78ad-bc81-40af-8a66-bedb89f10db1', 'Care navigator', true, 1),
    ('67564fa0-734f-4280-9ad3-98f00b4d96c5', 'Community matron', true, 1);

create table integrated_team (
    community_id uuid   not null,
    as_of        date,
    version      bigint not null,
    constraint integrated_team_pkey primary key (community_id),
    constraint integrated_team_community_fkey foreign key (community_id) references community (id),
    constraint integrated_team_version_not_negative check (version >= 0)
);

comment on table integrated_team is 'The make-up of a community''s integrated team, once described; at most one per community.';
comment on column integrated_team.as_of is 'The day the figures describe; null when not given.';
comment on column integrated_team.version is 'Optimistic lock: incremented on every update.';

create table integrated_team_role (
    community_id           uuid         not null,
    position               integer      not null,
    profession_id          uuid         not null,
    employer_id            uuid         not null,
    headcount              integer,
    whole_time_equivalents numeric(5, 2),
    constraint integrated_team_role_pkey primary key (community_id, position),
    constraint integrated_team_role_once unique (community_id, profession_id, employer_id),
    constraint integrated_team_role_team_fkey
        foreign key (community_id) references integrated_team (community_id) on delete cascade,
    constraint integrated_team_role_profession_fkey foreign key (profession_id) references profession (id),
    constraint integrated_team_role_employer_fkey foreign key (employer_id) references partner (id),
    constraint integrated_team_role_position_not_negative check (position >= 0),
    constraint integrated_team_role_size_given check (num_nulls(headcount, whole_time_equivalents) < 2),
    constraint integrated_team_role_headcount_range check (headcount between 1 and 999),
    constraint integrated_team_role_whole_time_equivalents_positive check (whole_time_equivalents > 0)
);

create index integrated_team_role_profession_id_idx on integrated_team_role (profession_id);
create index integrated_team_role_employer_id_idx on integrated_team_role (employer_id);

comment on table integrated_team_role is 'One line of a team''s make-up, in order: a profession, its employer and how many; never named people.';
comment on column integrated_team_role.headcount is 'How many people; null when only whole-time equivalents are given.';
comment on column integrated_team_role.whole_time_equivalents is 'Whole-time equivalents to two places; null when only a headcount is given.';

-- Community histories --------------------------------------------------------------------------------------------

create table community_history (
    community_id     uuid   not null,
    merged_into_id   uuid,
    merged_into_name text,
    merged_on        date,
    version          bigint not null,
    constraint community_history_pkey primary key (community_id),
    constraint community_history_community_fkey foreign key (community_id) references community (id),
    constraint community_history_merged_into_fkey foreign key (merged_into_id) references community (id),
    constraint community_history_merger_complete
        check (num_nulls(merged_into_id, merged_into_name, merged_on) in (0, 3)),
    constraint community_history_merged_into_another check (merged_into_id <> community_id),
    constraint community_history_merged_into_name_text
        check (btrim(merged_into_name) <> '' and char_length(merged_into_name) <= 200),
    constraint community_history_version_not_negative check (version >= 0)
);

create index community_history_merged_into_id_idx on community_history (merged_into_id)
    where merged_into_id is not null;

comment on table community_history is 'What happened to a community over time, once anything has; nothing in it is ever removed.';
comment on column community_history.merged_into_id is 'The community it was merged into; null unless merged, else set with its name and day.';
comment on column community_history.merged_into_name is 'The name of the community it joined, as it was then.';
comment on column community_history.version is 'Optimistic lock: incremented on every update.';

create table community_history_stage (
    community_id uuid    not null,
    position     integer not null,
    stage        text    not null,
    reached_on   date    not null,
    constraint community_history_stage_pkey primary key (community_id, position),
    constraint community_history_stage_history_fkey
        foreign key (community_id) references community_history (community_id) on delete cascade,
    constraint community_history_stage_position_not_negative check (position >= 0),
    constraint community_history_stage_known check (stage in ('FORMING', 'DEVELOPING', 'ESTABLISHED'))
);

comment on table community_history_stage is 'A development stage a community reached and the day it did, in order.';

create table community_history_renaming (
    community_id uuid    not null,
    position     integer not null,
    from_name    text    not null,
    from_slug    text    not null,
    to_name      text    not null,
    to_slug      text    not null,
    effective_on date    not null,
    constraint community_history_renaming_pkey primary key (community_id, position),
    constraint community_history_renaming_history_fkey
        foreign key (community_id) references community_history (community_id) on delete cascade,
    constraint community_history_renaming_position_not_negative check (position >= 0),
    constraint community_history_renaming_from_name_text
        check (btrim(from_name) <> '' and char_length(from_name) <= 200),
    constraint community_history_renaming_from_slug_format
        check (from_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(from_slug) <= 80),
    constraint community_history_renaming_to_name_text check (btrim(to_name) <> '' and char_length(to_name) <= 200),
    constraint community_history_renaming_to_slug_format
        check (to_slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(to_slug) <= 80),
    constraint community_history_renaming_changes_something check (from_name <> to_name or from_slug <> to_slug)
);

-- Old addresses keep leading to the community: /communities/{former slug} looks the renaming up by its slug.
create index community_history_renaming_from_slug_idx on community_history_renaming (from_slug);

comment on table community_history_renaming is 'A change of a community''s name and address, in order; the old address keeps leading to it.';

-- Public meetings ------------------------------------------------------------------------------------------------

create table meeting (
    id                  uuid        not null,
    community_id        uuid,
    workstream_id       uuid,
    title               text        not null,
    purpose             text        not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    venue_name          text,
    venue_address       text,
    venue_access_notes  text,
    online_link         text,
    capacity            integer     not null,
    status              text        not null,
    cancellation_reason text,
    attendance          integer,
    summary             text,
    version             bigint      not null,
    constraint meeting_pkey primary key (id),
    constraint meeting_community_fkey foreign key (community_id) references community (id),
    constraint meeting_workstream_fkey foreign key (workstream_id) references workstream (id),
    constraint meeting_one_host check (num_nonnulls(community_id, workstream_id) = 1),
    constraint meeting_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint meeting_purpose_text check (btrim(purpose) <> '' and char_length(purpose) <= 5000),
    constraint meeting_ends_after_start check (ends_at > starts_at),
    constraint meeting_venue_complete check (num_nulls(venue_name, venue_address) in (0, 2)),
    constraint meeting_venue_access_notes_with_venue
        check (venue_access_notes is null or venue_name is not null or venue_address is not null),
    constraint meeting_venue_name_text check (btrim(venue_name) <> '' and char_length(venue_name) <= 200),
    constraint meeting_venue_address_text check (btrim(venue_address) <> '' and char_length(venue_address) <= 500),
    constraint meeting_venue_access_notes_text
        check (btrim(venue_access_notes) <> '' and char_length(venue_access_notes) <= 1000),
    constraint meeting_somewhere check (venue_name is not null or venue_address is not null or online_link is not null),
    constraint meeting_online_link_https check (online_link ~* '^https://[^/?#[:space:]]+'),
    constraint meeting_capacity_range check (capacity between 1 and 10000),
    constraint meeting_status_known check (status in ('SCHEDULED', 'CANCELLED')),
    constraint meeting_cancellation_reason_text
        check (btrim(cancellation_reason) <> '' and char_length(cancellation_reason) <= 1000),
    constraint meeting_attendance_range check (attendance between 0 and 100000),
    constraint meeting_summary_text check (btrim(summary) <> '' and char_length(summary) <= 10000),
    constraint meeting_version_not_negative check (version >= 0)
);

-- A host's meetings by start; every meeting by start.
create index meeting_community_starts_at_idx on meeting (community_id, starts_at, id) where community_id is not null;
create index meeting_workstream_starts_at_idx on meeting (workstream_id, starts_at, id) where workstream_id is not null;
create index meeting_starts_at_idx on meeting (starts_at, id);

comment on table meeting is 'A public engagement meeting, held by a community or for a workstream (exactly one of the two is set).';
comment on column meeting.starts_at is 'When it starts; shown in UK time.';
comment on column meeting.venue_name is 'Where it is held; null when online only, else set with venue_address.';
comment on column meeting.online_link is 'The https address to join online; null when held at a venue only.';
comment on column meeting.capacity is 'How many places there are.';
comment on column meeting.status is 'SCHEDULED or CANCELLED (with cancellation_reason).';
comment on column meeting.attendance is 'How many came, recorded after the meeting.';
comment on column meeting.summary is 'What was discussed, for the public, recorded after the meeting.';
comment on column meeting.version is 'Optimistic lock: incremented on every update.';

create table meeting_access_feature (
    meeting_id uuid not null,
    feature    text not null,
    constraint meeting_access_feature_pkey primary key (meeting_id, feature),
    constraint meeting_access_feature_meeting_fkey foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint meeting_access_feature_known
        check (feature in ('STEP_FREE', 'HEARING_LOOP', 'PARKING', 'PUBLIC_TRANSPORT'))
);

comment on table meeting_access_feature is 'What a meeting''s venue offers so that everyone can come; a set, so no order.';

create table registration (
    id                uuid        not null,
    meeting_id        uuid        not null,
    name              text        not null,
    email             text        not null,
    places            integer     not null,
    access_needs      text,
    status            text        not null,
    registered_at     timestamptz not null,
    arrival           integer     not null,
    cancel_token_hash text        not null,
    version           bigint      not null,
    constraint registration_pkey primary key (id),
    -- Also how a meeting's registrations are read, in order of arrival.
    constraint registration_arrival_key unique (meeting_id, arrival),
    constraint registration_cancel_token_hash_key unique (cancel_token_hash),
    constraint registration_meeting_fkey foreign key (meeting_id) references meeting (id),
    constraint registration_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint registration_email_format
        check (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' and email !~ '[A-Z]'
               and char_length(email) <= 254),
    constraint registration_places_range check (places between 1 and 10),
    constraint registration_access_needs_text check (btrim(access_needs) <> '' and char_length(access_needs) <= 1000),
    constraint registration_status_known check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    constraint registration_arrival_positive check (arrival > 0),
    constraint registration_cancel_token_hash_text
        check (btrim(cancel_token_hash) <> '' and char_length(cancel_token_hash) <= 128),
    constraint registration_version_not_negative check (version >= 0)
);

comment on table registration is 'A person''s registration for a meeting; name, email and access needs are personal data, for staff only.';
comment on column registration.name is 'Personal data.';
comment on column registration.email is 'Personal data, in lower case.';
comment on column registration.access_needs is 'Personal data; null when none were given.';
comment on column registration.status is 'CONFIRMED (a place), WAITING (on the waiting list) or CANCELLED.';
comment on column registration.arrival is 'Its place in the order of registering for the meeting: 1 for the first.';
comment on column registration.cancel_token_hash is 'SHA-256 of the private cancel link''s token; the token itself is kept nowhere.';
comment on column registration.version is 'Optimistic lock: incremented on every update.';
