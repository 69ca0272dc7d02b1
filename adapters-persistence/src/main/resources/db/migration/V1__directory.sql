-- The directory of the programme: the vanguard, its partners, clinical networks, Integrated Care Communities and the
-- service review's workstreams. Check constraints mirror the domain's rules (its enums, formats, "set together"
-- rules and text limits), so a row the domain could not build is refused here too. Text limits are never
-- stricter than the domain's; they only stop what it forbids. Lists keep their order in a zero-based "position".

-- The vanguard ---------------------------------------------------------------------------------------------------

create table vanguard (
    id                  smallint not null default 1,
    name                text     not null,
    area                text     not null,
    aim                 text     not null,
    population_served   integer  not null,
    population_source   text     not null,
    population_verified boolean  not null,
    version             bigint   not null,
    constraint vanguard_pkey primary key (id),
    constraint vanguard_single_row check (id = 1),
    constraint vanguard_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint vanguard_area_text check (btrim(area) <> '' and char_length(area) <= 200),
    constraint vanguard_aim_text check (btrim(aim) <> '' and char_length(aim) <= 2000),
    constraint vanguard_population_served_positive check (population_served > 0),
    constraint vanguard_population_source_text
        check (btrim(population_source) <> '' and char_length(population_source) <= 500),
    constraint vanguard_version_not_negative check (version >= 0)
);

comment on table vanguard is 'The integrated-care programme itself; exactly one row.';
comment on column vanguard.population_served is 'People served by the programme, as published by population_source.';
comment on column vanguard.version is 'Optimistic lock: incremented on every update.';

create table vanguard_triple_aim (
    vanguard_id smallint not null,
    dimension   text     not null,
    constraint vanguard_triple_aim_pkey primary key (vanguard_id, dimension),
    constraint vanguard_triple_aim_vanguard_fkey foreign key (vanguard_id) references vanguard (id) on delete cascade,
    constraint vanguard_triple_aim_dimension_known
        check (dimension in ('POPULATION_HEALTH', 'QUALITY_OF_CARE', 'COST', 'STAFF_WELLBEING'))
);

comment on table vanguard_triple_aim is 'An outcome of the triple aim the vanguard pursues; a set, so no order.';
comment on column vanguard_triple_aim.dimension is 'A TripleAimDimension name.';

-- Partners -------------------------------------------------------------------------------------------------------

create table partner (
    id      uuid   not null,
    name    text   not null,
    kind    text   not null,
    website text,
    role    text   not null,
    version bigint not null,
    constraint partner_pkey primary key (id),
    constraint partner_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint partner_kind_known check (kind in ('ACUTE_HOSPITAL_TRUST', 'COMMUNITY_TRUST', 'MENTAL_HEALTH_TRUST',
                                                  'COMMUNITY_AND_MENTAL_HEALTH_TRUST', 'AMBULANCE_SERVICE',
                                                  'LOCAL_AUTHORITY', 'CLINICAL_COMMISSIONING_GROUP',
                                                  'PRIMARY_CARE_FEDERATION')),
    constraint partner_website_web_address check (website ~* '^https?://[^/?#[:space:]]+'),
    constraint partner_role_text check (btrim(role) <> '' and char_length(role) <= 2000),
    constraint partner_version_not_negative check (version >= 0)
);

comment on table partner is 'One of the health and care organisations in the programme.';
comment on column partner.kind is 'The kind of organisation: a PartnerKind name.';
comment on column partner.website is 'Absolute http(s) address; null when unknown.';
comment on column partner.role is 'What the organisation does in the programme.';
comment on column partner.version is 'Optimistic lock: incremented on every update.';

create table partner_identifier (
    partner_id uuid    not null,
    position   integer not null,
    scheme     text    not null,
    value      text    not null,
    source     text    not null,
    verified   boolean not null,
    constraint partner_identifier_pkey primary key (partner_id, position),
    constraint partner_identifier_partner_fkey foreign key (partner_id) references partner (id) on delete cascade,
    constraint partner_identifier_code_once unique (scheme, value),
    constraint partner_identifier_position_not_negative check (position >= 0),
    constraint partner_identifier_scheme_known check (scheme in ('ODS', 'GSS')),
    constraint partner_identifier_value_format check (
        (scheme = 'ODS' and value ~ '^([A-Z0-9]{3}|[A-Z0-9]{5}|[A-Z][0-9]{5})$')
        or (scheme = 'GSS' and value ~ '^[EWSNK][0-9]{8}$')),
    constraint partner_identifier_source_text check (btrim(source) <> '' and char_length(source) <= 500)
);

comment on table partner_identifier is 'An official code of a partner (NHS ODS or GSS), with where it was found.';
comment on column partner_identifier.value is 'The code, upper case, in the format its scheme issues.';
comment on column partner_identifier.verified is 'Whether the code was checked against its source.';

create table partner_event (
    partner_id         uuid    not null,
    position           integer not null,
    kind               text    not null,
    occurred_on        date,
    occurred_precision text,
    former_name        text,
    successor_name     text,
    source             text    not null,
    verified           boolean not null,
    constraint partner_event_pkey primary key (partner_id, position),
    constraint partner_event_partner_fkey foreign key (partner_id) references partner (id) on delete cascade,
    constraint partner_event_position_not_negative check (position >= 0),
    constraint partner_event_kind_known check (kind in ('RENAMED', 'MERGED', 'ABOLISHED')),
    constraint partner_event_precision_known check (occurred_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint partner_event_date_with_precision check (num_nulls(occurred_on, occurred_precision) in (0, 2)),
    constraint partner_event_date_aligned check (
        occurred_precision is null
        or occurred_precision = 'DAY'
        or (occurred_precision = 'MONTH' and extract(day from occurred_on) = 1)
        or (occurred_precision = 'YEAR' and extract(doy from occurred_on) = 1)),
    constraint partner_event_names_by_kind check (
        (kind = 'RENAMED' and former_name is not null and successor_name is null)
        or (kind = 'MERGED' and former_name is null and successor_name is not null)
        or (kind = 'ABOLISHED' and former_name is null and successor_name is null)),
    constraint partner_event_former_name_text check (btrim(former_name) <> '' and char_length(former_name) <= 200),
    constraint partner_event_successor_name_text
        check (btrim(successor_name) <> '' and char_length(successor_name) <= 200),
    constraint partner_event_source_text check (btrim(source) <> '' and char_length(source) <= 500)
);

comment on table partner_event is 'The history of a partner, in order: renamed, merged into another, abolished.';
comment on column partner_event.occurred_on is 'When it happened, as precisely as known (see occurred_precision); null when unknown.';
comment on column partner_event.occurred_precision is 'DAY, MONTH or YEAR; a MONTH or YEAR date is the first day of it.';
comment on column partner_event.former_name is 'RENAMED only: the name before the change.';
comment on column partner_event.successor_name is 'MERGED only: the organisation it merged into.';

-- Clinical networks and Integrated Care Communities --------------------------------------------------------------

create table clinical_network (
    id                uuid    not null,
    slug              text    not null,
    name              text    not null,
    description       text    not null,
    grouping_source   text    not null,
    grouping_verified boolean not null,
    version           bigint  not null,
    constraint clinical_network_pkey primary key (id),
    constraint clinical_network_slug_key unique (slug),
    constraint clinical_network_slug_format
        check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
    constraint clinical_network_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint clinical_network_description_text
        check (btrim(description) <> '' and char_length(description) <= 2000),
    constraint clinical_network_grouping_source_text
        check (btrim(grouping_source) <> '' and char_length(grouping_source) <= 500),
    constraint clinical_network_version_not_negative check (version >= 0)
);

comment on table clinical_network is 'One of the clinical networks grouping Integrated Care Communities.';
comment on column clinical_network.slug is 'The network''s name in addresses (/networks/{slug}).';
comment on column clinical_network.grouping_source is 'Where the grouping of communities into this network was found.';

create table community (
    id                  uuid    not null,
    slug                text    not null,
    name                text    not null,
    network_id          uuid    not null,
    coverage_source     text    not null,
    coverage_verified   boolean not null,
    population          integer,
    population_basis    text,
    population_source   text,
    population_verified boolean,
    stage               text,
    stage_reached_on    date,
    version             bigint  not null,
    constraint community_pkey primary key (id),
    constraint community_slug_key unique (slug),
    constraint community_network_fkey foreign key (network_id) references clinical_network (id),
    constraint community_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
    constraint community_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint community_coverage_source_text
        check (btrim(coverage_source) <> '' and char_length(coverage_source) <= 500),
    constraint community_population_positive check (population > 0),
    constraint community_population_complete
        check (num_nulls(population, population_basis, population_source, population_verified) in (0, 4)),
    constraint community_population_basis_text
        check (btrim(population_basis) <> '' and char_length(population_basis) <= 200),
    constraint community_population_source_text
        check (btrim(population_source) <> '' and char_length(population_source) <= 500),
    constraint community_stage_known check (stage in ('FORMING', 'DEVELOPING', 'ESTABLISHED')),
    constraint community_stage_with_date check (num_nulls(stage, stage_reached_on) in (0, 2)),
    constraint community_version_not_negative check (version >= 0)
);

create index community_network_id_idx on community (network_id);

comment on table community is 'An Integrated Care Community (ICC): a local area with its own team and priorities.';
comment on column community.slug is 'The community''s name in addresses (/communities/{slug}).';
comment on column community.coverage_source is 'Where the towns and postcode districts covered were found.';
comment on column community.population is 'People living in the area; null when unknown, else set with its basis and source.';
comment on column community.population_basis is 'What the population figure counts (e.g. registered patients).';
comment on column community.stage is 'Development stage reached; null when unknown, else set with stage_reached_on.';

create table community_town (
    community_id uuid    not null,
    position     integer not null,
    name         text    not null,
    constraint community_town_pkey primary key (community_id, position),
    constraint community_town_community_fkey foreign key (community_id) references community (id) on delete cascade,
    constraint community_town_position_not_negative check (position >= 0),
    constraint community_town_name_text check (btrim(name) <> '' and char_length(name) <= 100)
);

comment on table community_town is 'A town or village a community covers, in the order the community lists them.';

create table community_postcode_district (
    community_id uuid    not null,
    position     integer not null,
    district     text    not null,
    constraint community_postcode_district_pkey primary key (community_id, position),
    constraint community_postcode_district_once unique (community_id, district),
    constraint community_postcode_district_community_fkey
        foreign key (community_id) references community (id) on delete cascade,
    constraint community_postcode_district_position_not_negative check (position >= 0),
    constraint community_postcode_district_format check (district ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$')
);

create index community_postcode_district_district_idx on community_postcode_district (district);

comment on table community_postcode_district is 'A postcode district (outward code, such as LA9) a community covers, in the order the community lists them.';

-- Workstreams of the service review ------------------------------------------------------------------------------

create table workstream (
    id              uuid   not null,
    slug            text   not null,
    name            text   not null,
    scope           text   not null,
    phase           text   not null,
    lead_partner_id uuid,
    version         bigint not null,
    constraint workstream_pkey primary key (id),
    constraint workstream_slug_key unique (slug),
    constraint workstream_lead_partner_fkey foreign key (lead_partner_id) references partner (id),
    constraint workstream_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
    constraint workstream_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint workstream_scope_text check (btrim(scope) <> '' and char_length(scope) <= 4000),
    constraint workstream_phase_known check (phase in ('SCOPING', 'ENGAGEMENT', 'CONSULTATION', 'DECISION',
                                                       'IMPLEMENTATION', 'EVALUATION')),
    constraint workstream_version_not_negative check (version >= 0)
);

comment on table workstream is 'One of the service review''s workstreams (a service under review).';
comment on column workstream.lead_partner_id is 'The partner leading the workstream; null when none is named.';

create table workstream_care_setting (
    workstream_id uuid not null,
    setting       text not null,
    constraint workstream_care_setting_pkey primary key (workstream_id, setting),
    constraint workstream_care_setting_workstream_fkey
        foreign key (workstream_id) references workstream (id) on delete cascade,
    constraint workstream_care_setting_setting_known check (setting in ('HOSPITAL', 'COMMUNITY', 'GP_SURGERY', 'HOME'))
);

comment on table workstream_care_setting is 'A setting in which the care a workstream reviews is given.';

create table workstream_partner (
    workstream_id uuid not null,
    partner_id    uuid not null,
    constraint workstream_partner_pkey primary key (workstream_id, partner_id),
    constraint workstream_partner_workstream_fkey
        foreign key (workstream_id) references workstream (id) on delete cascade,
    constraint workstream_partner_partner_fkey foreign key (partner_id) references partner (id)
);

comment on table workstream_partner is 'A partner involved in a workstream besides its lead.';

-- Reference data ------------------------------------------------------------------------------------------------

create table reference_data_release (
    release    text        not null,
    applied_at timestamptz not null,
    constraint reference_data_release_pkey primary key (release),
    constraint reference_data_release_release_text check (btrim(release) <> '')
);

comment on table reference_data_release is 'A release of the Morecambe Bay reference data already loaded, so loading is idempotent.';
