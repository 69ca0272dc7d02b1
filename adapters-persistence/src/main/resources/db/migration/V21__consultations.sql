-- Consultations: a set of questions put to the public between two moments, about the programme, a workstream, a
-- network or a community, run by a partner; their responses, one row per answer value, so that results are counted
-- by the database per option, overall, by respondent type and by community (GROUPING SETS), never by loading answers.
-- A consultation's state is not stored: it follows from its times, its scheduling and its published results.

create table consultation (
    id                   uuid        not null,
    slug                 text        not null collate "C",
    subject_kind         text        not null,
    community_id         uuid,
    workstream_id        uuid,
    network_id           uuid,
    title                text        not null,
    summary              text        not null,
    decision_informed    text        not null,
    run_by               uuid        not null,
    opens_at             timestamptz not null,
    closes_at            timestamptz not null,
    scheduled_at         timestamptz,
    first_answered_at    timestamptz,
    results_summary      text,
    results_published_at timestamptz,
    version              bigint      not null,
    constraint consultation_pkey primary key (id),
    constraint consultation_slug_key unique (slug),
    constraint consultation_community_fkey foreign key (community_id) references community (id),
    constraint consultation_workstream_fkey foreign key (workstream_id) references workstream (id),
    constraint consultation_network_fkey foreign key (network_id) references clinical_network (id),
    constraint consultation_run_by_fkey foreign key (run_by) references partner (id),
    constraint consultation_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 80),
    constraint consultation_subject_kind_known check (subject_kind in ('programme', 'community', 'workstream', 'network')),
    constraint consultation_subject_identity check (
        (community_id is not null) = (subject_kind = 'community')
        and (workstream_id is not null) = (subject_kind = 'workstream')
        and (network_id is not null) = (subject_kind = 'network')),
    constraint consultation_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint consultation_summary_text check (btrim(summary) <> '' and char_length(summary) <= 5000),
    constraint consultation_decision_text check (btrim(decision_informed) <> '' and char_length(decision_informed) <= 1000),
    constraint consultation_closes_after_opening check (closes_at > opens_at),
    constraint consultation_answered_once_scheduled check (first_answered_at is null or scheduled_at is not null),
    constraint consultation_results_together check ((results_summary is null) = (results_published_at is null)),
    constraint consultation_results_once_scheduled check (results_published_at is null or scheduled_at is not null),
    constraint consultation_version_not_negative check (version >= 0)
);

create index consultation_opens_at_idx on consultation (opens_at desc, id);

comment on table consultation is 'A consultation: questions put to the public from opens_at (included) to closes_at (excluded). Draft until scheduled_at; results published for good once results_published_at is set.';
comment on column consultation.first_answered_at is 'When the first answer arrived: from then its questions are locked. Written only as an answer is kept.';

create table consultation_document (
    consultation_id uuid    not null,
    position        integer not null,
    title           text    not null,
    address         text    not null,
    constraint consultation_document_pkey primary key (consultation_id, position),
    constraint consultation_document_consultation_fkey
        foreign key (consultation_id) references consultation (id) on delete cascade,
    constraint consultation_document_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint consultation_document_address_https check (address ~ '^https://' and char_length(address) <= 2000)
);

create table consultation_closing_change (
    consultation_id uuid        not null,
    position        integer     not null,
    kind            text        not null,
    from_at         timestamptz not null,
    to_at           timestamptz not null,
    reason          text        not null,
    decided_at      timestamptz not null,
    constraint consultation_closing_change_pkey primary key (consultation_id, position),
    constraint consultation_closing_change_consultation_fkey
        foreign key (consultation_id) references consultation (id) on delete cascade,
    constraint consultation_closing_change_kind_known check (kind in ('EXTENDED', 'CLOSED_EARLY')),
    constraint consultation_closing_change_reason_text check (btrim(reason) <> '' and char_length(reason) <= 1000)
);

comment on table consultation_closing_change is 'Each extension or early close of a consultation, with the reason the public is shown.';

create table consultation_question (
    consultation_id   uuid    not null,
    key               text    not null collate "C",
    position          integer not null,
    text              text    not null,
    help              text,
    required          boolean not null,
    kind              text    not null,
    maximum           integer,
    max_length        integer,
    topic             text,
    counted_by_option boolean not null,
    constraint consultation_question_pkey primary key (consultation_id, key),
    constraint consultation_question_position_key unique (consultation_id, position),
    constraint consultation_question_consultation_fkey
        foreign key (consultation_id) references consultation (id) on delete cascade,
    constraint consultation_question_key_format check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(key) <= 40),
    constraint consultation_question_text_text check (btrim(text) <> '' and char_length(text) <= 500),
    constraint consultation_question_help_text check (help is null or (btrim(help) <> '' and char_length(help) <= 1000)),
    constraint consultation_question_kind_known
        check (kind in ('single-choice', 'multiple-choice', 'scale', 'free-text', 'about-you')),
    constraint consultation_question_maximum_for_multiple check ((maximum is not null) = (kind = 'multiple-choice')),
    constraint consultation_question_length_for_text check ((max_length is not null) = (kind = 'free-text')),
    constraint consultation_question_topic_for_about_you check (
        (topic is not null) = (kind = 'about-you')
        and (topic is null or topic in ('RESPONDENT_TYPE', 'COMMUNITY', 'POSTCODE_DISTRICT')))
);

comment on column consultation_question.counted_by_option is 'Whether results count each answer value as an option chosen: choices, scales, respondent types and communities, not free text nor postcode districts.';

create table consultation_option (
    consultation_id uuid    not null,
    question_key    text    not null collate "C",
    position        integer not null,
    code            text    not null collate "C",
    label           text    not null,
    constraint consultation_option_pkey primary key (consultation_id, question_key, position),
    constraint consultation_option_code_key unique (consultation_id, question_key, code),
    constraint consultation_option_question_fkey foreign key (consultation_id, question_key)
        references consultation_question (consultation_id, key) on delete cascade,
    constraint consultation_option_code_format check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(code) <= 40),
    constraint consultation_option_label_text check (btrim(label) <> '' and char_length(label) <= 200)
);

create table consultation_response (
    id              uuid        not null,
    consultation_id uuid        not null,
    received_at     timestamptz not null,
    respondent_type text,
    community_id    uuid,
    token_hash      text        not null collate "C",
    constraint consultation_response_pkey primary key (id),
    constraint consultation_response_consultation_fkey foreign key (consultation_id) references consultation (id),
    constraint consultation_response_community_fkey foreign key (community_id) references community (id),
    constraint consultation_response_token_hash_key unique (token_hash),
    constraint consultation_response_token_hash_sha256 check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint consultation_response_respondent_type_known check (respondent_type is null or respondent_type in
        ('PATIENT', 'MEMBER_OF_PUBLIC', 'CLINICIAN', 'NHS_STAFF', 'ELECTED_MEMBER', 'VOLUNTARY_ORGANISATION', 'OTHER'))
);

create index consultation_response_consultation_idx on consultation_response (consultation_id, received_at);

comment on table consultation_response is 'The answers one person gave to a consultation at once; respondent_type and community_id are picked out of their "about you" answers so results are counted by them.';

create table consultation_answer (
    response_id  uuid    not null,
    question_key text    not null collate "C",
    position     integer not null,
    value        text    not null,
    constraint consultation_answer_pkey primary key (response_id, question_key, position),
    constraint consultation_answer_response_fkey
        foreign key (response_id) references consultation_response (id) on delete cascade,
    constraint consultation_answer_value_text check (btrim(value) <> '' and char_length(value) <= 5000)
);

comment on table consultation_answer is 'One value of one answer: an option code chosen (one row each), or the text written.';
