-- The feedback loop: the managed list of themes, the views people give and what happened to each, the changes made
-- that views led to ("you said, we did"), the outbox of mail to the public and the answers kept for retried
-- submissions. As in V1 and V2, check constraints mirror the domain's rules (enums by name, "set together" rules,
-- text limits) and are never stricter than them; each rule is written so that it holds for any value the others
-- refuse, so a refused row names the one rule it broke. Personal data (a view's original words and the contact
-- details) sits in nullable columns, so that erasure really removes it from the row.

-- Themes ---------------------------------------------------------------------------------------------------------

create table theme (
    id      uuid    not null,
    name    text    not null,
    in_use  boolean not null,
    version bigint  not null,
    constraint theme_pkey primary key (id),
    constraint theme_name_text check (btrim(name) <> '' and char_length(name) <= 100),
    constraint theme_version_not_negative check (version >= 0)
);

create unique index theme_name_key on theme (lower(name));

comment on table theme is 'A theme of the managed list that staff tag views with; kept when out of use, for the views tagged with it.';
comment on column theme.in_use is 'Whether staff may still tag views with it.';
comment on column theme.version is 'Optimistic lock: incremented on every update.';
comment on index theme_name_key is 'Theme names are unique ignoring case.';

insert into theme (id, name, in_use, version) values
    ('d681825e-200a-4fad-9f26-2567e52e833f', 'Access to services and appointments', true, 1),
    ('b3e2438a-5f8a-4436-9bf1-48082bd499d0', 'Waiting times', true, 1),
    ('0555e749-e942-4d0e-a7b0-93e86a6a0bda', 'Communication and information', true, 1),
    ('2bd50f1e-cf7e-48c4-83d6-2bf9d9715bae', 'Travel and transport', true, 1),
    ('59e032db-3548-49fa-b68a-b06bf9bfaacd', 'Care closer to home', true, 1),
    ('e69c99f7-5577-4db0-8858-b55af98efb3c', 'Mental health and wellbeing', true, 1),
    ('bf636480-6ad2-4735-ba06-41325b0e115a', 'Children and families', true, 1),
    ('21f0fc78-7729-46b4-b53b-803414b078e9', 'Staffing and workforce', true, 1),
    ('514895f7-1560-4e81-aac6-3f19bfb07773', 'Joined-up care between organisations', true, 1),
    ('a25b7664-66e8-46f9-8910-bb8052f0bafd', 'Digital and online services', true, 1);

-- Views ----------------------------------------------------------------------------------------------------------

create table feedback (
    id                      uuid        not null,
    reference               text        not null,
    subject_kind            text        not null,
    community_id            uuid,
    workstream_id           uuid,
    network_id              uuid,
    contributor_role        text        not null,
    channel                 text        not null,
    received_on             date        not null,
    event_or_batch          text,
    entered_by              uuid,
    original_text           text,
    contact_name            text,
    contact_email           text,
    contact_phone           text,
    consent_to_contact      boolean     not null,
    consent_to_publish      boolean     not null,
    postcode_district       text,
    tracking_token_hash     text        not null,
    received_at             timestamptz not null,
    moderation              text        not null,
    public_text             text,
    published_at            timestamptz,
    published_by            uuid,
    withhold_reason         text,
    withhold_note           text,
    withheld_at             timestamptz,
    withheld_by             uuid,
    assigned_partner_id     uuid,
    answer_due_on           date,
    assigned_at             timestamptz,
    assigned_by             uuid,
    response_partner_id     uuid,
    response_text           text,
    responded_at            timestamptz,
    responded_by            uuid,
    closed_at               timestamptz,
    closed_by               uuid,
    closure_reason          text,
    safeguarding_flagged_at timestamptz,
    safeguarding_flagged_by uuid,
    safeguarding_note       text,
    erased_at               timestamptz,
    version                 bigint      not null,
    constraint feedback_pkey primary key (id),
    constraint feedback_reference_key unique (reference),
    constraint feedback_tracking_token_hash_key unique (tracking_token_hash),
    constraint feedback_community_fkey foreign key (community_id) references community (id),
    constraint feedback_workstream_fkey foreign key (workstream_id) references workstream (id),
    constraint feedback_network_fkey foreign key (network_id) references clinical_network (id),
    constraint feedback_entered_by_fkey foreign key (entered_by) references staff_member (id),
    constraint feedback_published_by_fkey foreign key (published_by) references staff_member (id),
    constraint feedback_withheld_by_fkey foreign key (withheld_by) references staff_member (id),
    constraint feedback_assigned_partner_fkey foreign key (assigned_partner_id) references partner (id),
    constraint feedback_assigned_by_fkey foreign key (assigned_by) references staff_member (id),
    constraint feedback_response_partner_fkey foreign key (response_partner_id) references partner (id),
    constraint feedback_responded_by_fkey foreign key (responded_by) references staff_member (id),
    constraint feedback_closed_by_fkey foreign key (closed_by) references staff_member (id),
    constraint feedback_safeguarding_flagged_by_fkey
        foreign key (safeguarding_flagged_by) references staff_member (id),
    constraint feedback_reference_format check (reference ~ '^BCT-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$'),
    constraint feedback_subject_kind_known check (subject_kind in ('programme', 'community', 'workstream', 'network')),
    constraint feedback_subject_identity check (
        (community_id is not null) = (subject_kind = 'community')
        and (workstream_id is not null) = (subject_kind = 'workstream')
        and (network_id is not null) = (subject_kind = 'network')),
    constraint feedback_contributor_role_known check (contributor_role in ('PATIENT', 'MEMBER_OF_PUBLIC', 'CLINICIAN',
                                                                           'NHS_STAFF', 'ELECTED_MEMBER',
                                                                           'VOLUNTARY_ORGANISATION', 'OTHER')),
    constraint feedback_channel_known check (channel in ('ONLINE', 'MEETING', 'EMAIL', 'LETTER', 'PHONE', 'PAPER_FORM',
                                                         'SOCIAL_MEDIA')),
    constraint feedback_entered_by_staff_unless_online check (
        (channel <> 'ONLINE' or entered_by is null)
        and (channel = 'ONLINE' or channel not in ('MEETING', 'EMAIL', 'LETTER', 'PHONE', 'PAPER_FORM', 'SOCIAL_MEDIA')
             or entered_by is not null)),
    constraint feedback_event_or_batch_text check (btrim(event_or_batch) <> '' and char_length(event_or_batch) <= 200),
    constraint feedback_original_text_text
        check (btrim(original_text) <> '' and char_length(original_text) <= 5000),
    constraint feedback_text_unless_erased check (original_text is not null or erased_at is not null),
    constraint feedback_contact_name_text check (btrim(contact_name) <> '' and char_length(contact_name) <= 200),
    constraint feedback_contact_email_format
        check (contact_email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' and contact_email !~ '[A-Z]'
               and char_length(contact_email) <= 254),
    constraint feedback_contact_phone_format check (contact_phone ~ '^\+?[0-9 ()-]+$' and char_length(contact_phone) <= 30),
    constraint feedback_postcode_district_format check (postcode_district ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$'),
    constraint feedback_tracking_token_hash_text
        check (btrim(tracking_token_hash) <> '' and char_length(tracking_token_hash) <= 128),
    constraint feedback_moderation_known check (moderation in ('PENDING', 'PUBLISHED', 'WITHHELD')),
    constraint feedback_moderation_details check (
        (moderation <> 'PENDING'
            or num_nonnulls(public_text, published_at, published_by, withhold_reason, withhold_note, withheld_at,
                            withheld_by) = 0)
        and (moderation <> 'PUBLISHED'
            or (num_nonnulls(public_text, published_at, published_by) = 3
                and num_nonnulls(withhold_reason, withhold_note, withheld_at, withheld_by) = 0))
        and (moderation <> 'WITHHELD'
            or (num_nonnulls(withhold_reason, withheld_at, withheld_by) = 3
                and num_nonnulls(public_text, published_at, published_by) = 0))),
    constraint feedback_published_with_consent check (moderation <> 'PUBLISHED' or consent_to_publish),
    constraint feedback_public_text_text check (btrim(public_text) <> '' and char_length(public_text) <= 5000),
    constraint feedback_withhold_reason_known check (withhold_reason in ('NO_CONSENT', 'PERSONAL_DETAILS', 'ABUSIVE',
                                                                         'OFF_TOPIC', 'DUPLICATE', 'SAFEGUARDING')),
    constraint feedback_withhold_note_text check (btrim(withhold_note) <> '' and char_length(withhold_note) <= 2000),
    constraint feedback_assignment_complete
        check (num_nulls(assigned_partner_id, answer_due_on, assigned_at, assigned_by) in (0, 4)),
    constraint feedback_response_complete
        check (num_nulls(response_partner_id, response_text, responded_at, responded_by) in (0, 4)),
    constraint feedback_response_after_moderation check (responded_at is null or moderation <> 'PENDING'),
    constraint feedback_response_text_text check (btrim(response_text) <> '' and char_length(response_text) <= 10000),
    constraint feedback_closure_complete check (num_nulls(closed_at, closed_by) in (0, 2)),
    constraint feedback_closure_reason_when_closed check (closure_reason is null or closed_at is not null),
    constraint feedback_closure_reason_text check (btrim(closure_reason) <> '' and char_length(closure_reason) <= 2000),
    constraint feedback_safeguarding_complete
        check (num_nulls(safeguarding_flagged_at, safeguarding_flagged_by, safeguarding_note) in (0, 3)),
    constraint feedback_safeguarding_note_text
        check (btrim(safeguarding_note) <> '' and char_length(safeguarding_note) <= 2000),
    constraint feedback_version_not_negative check (version >= 0)
);

-- The moderation queue, oldest first; the published views, newest first; views waiting for an answer, soonest due
-- first; open safeguarding concerns, newest first; views by when they were received; views by contact address.
create index feedback_moderation_queue_idx on feedback (received_at, id) where moderation = 'PENDING';
create index feedback_published_newest_first_idx on feedback (published_at desc, id desc) where moderation = 'PUBLISHED';
create index feedback_awaiting_answer_idx on feedback (answer_due_on, id)
    where assigned_partner_id is not null and responded_at is null and closed_at is null;
create index feedback_safeguarding_open_idx on feedback (safeguarding_flagged_at desc, id desc)
    where safeguarding_flagged_at is not null and closed_at is null;
create index feedback_received_at_idx on feedback (received_at, id);
create index feedback_contact_email_idx on feedback (lower(contact_email)) where contact_email is not null;
create index feedback_community_id_idx on feedback (community_id) where community_id is not null;
create index feedback_workstream_id_idx on feedback (workstream_id) where workstream_id is not null;
create index feedback_network_id_idx on feedback (network_id) where network_id is not null;
create index feedback_assigned_partner_id_idx on feedback (assigned_partner_id) where assigned_partner_id is not null;

comment on table feedback is 'A view given to the programme and what happened to it: moderation, assignment, answer, closure.';
comment on column feedback.reference is 'The reference the person was given, such as BCT-7KQ3-M9XD; not a secret.';
comment on column feedback.subject_kind is 'What the view is about: programme, community, workstream or network; the matching id column is set.';
comment on column feedback.entered_by is 'The member of staff who entered a view that did not come in online; null for online views.';
comment on column feedback.original_text is 'Personal data: the words as the person gave them; null once erased.';
comment on column feedback.contact_name is 'Personal data; null when not given or erased.';
comment on column feedback.contact_email is 'Personal data, in lower case; null when not given or erased.';
comment on column feedback.contact_phone is 'Personal data; null when not given or erased.';
comment on column feedback.tracking_token_hash is 'SHA-256 of the private tracking link''s token; the token itself is kept nowhere.';
comment on column feedback.moderation is 'PENDING, PUBLISHED (with public_text) or WITHHELD (with withhold_reason).';
comment on column feedback.public_text is 'The words as the public may read them, personal details removed.';
comment on column feedback.answer_due_on is 'The working day by which the assigned partner''s answer is due.';
comment on column feedback.erased_at is 'When the person''s personal data was erased; the anonymous view stays for statistics.';
comment on column feedback.version is 'Optimistic lock: incremented on every update.';

create table feedback_theme (
    feedback_id uuid not null,
    theme_id    uuid not null,
    constraint feedback_theme_pkey primary key (feedback_id, theme_id),
    constraint feedback_theme_feedback_fkey foreign key (feedback_id) references feedback (id) on delete cascade,
    constraint feedback_theme_theme_fkey foreign key (theme_id) references theme (id)
);

create index feedback_theme_theme_id_idx on feedback_theme (theme_id);

comment on table feedback_theme is 'A theme a view is tagged with; a set, so no order.';

create table feedback_transition (
    feedback_id uuid        not null,
    position    integer     not null,
    at          timestamptz not null,
    by_staff_id uuid,
    kind        text        not null,
    detail      text        not null,
    constraint feedback_transition_pkey primary key (feedback_id, position),
    constraint feedback_transition_feedback_fkey foreign key (feedback_id) references feedback (id) on delete cascade,
    constraint feedback_transition_by_staff_fkey foreign key (by_staff_id) references staff_member (id),
    constraint feedback_transition_position_not_negative check (position >= 0),
    constraint feedback_transition_kind_known check (kind in ('RECEIVED', 'PUBLISHED', 'WITHHELD', 'THEMES_TAGGED',
                                                              'ASSIGNED', 'RESPONDED', 'CLOSED',
                                                              'SAFEGUARDING_FLAGGED', 'ERASED')),
    constraint feedback_transition_detail_trimmed check (detail = btrim(detail))
);

comment on table feedback_transition is 'One step of a view''s history, in order; the detail never holds personal data.';
comment on column feedback_transition.by_staff_id is 'The member of staff who took the step; null for the public or the system.';

-- Changes made ("you said, we did") ------------------------------------------------------------------------------

create table change_made (
    id            uuid   not null,
    title         text   not null,
    description   text   not null,
    community_id  uuid,
    workstream_id uuid,
    status        text   not null,
    planned_on    date   not null,
    started_on    date,
    made_on       date,
    version       bigint not null,
    constraint change_made_pkey primary key (id),
    constraint change_made_community_fkey foreign key (community_id) references community (id),
    constraint change_made_workstream_fkey foreign key (workstream_id) references workstream (id),
    constraint change_made_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint change_made_description_text check (btrim(description) <> '' and char_length(description) <= 5000),
    constraint change_made_status_known check (status in ('PLANNED', 'IN_PROGRESS', 'MADE')),
    constraint change_made_started_unless_planned
        check (status not in ('PLANNED', 'IN_PROGRESS', 'MADE') or (started_on is null) = (status = 'PLANNED')),
    constraint change_made_made_on_when_made
        check (status not in ('PLANNED', 'IN_PROGRESS', 'MADE') or (made_on is null) = (status <> 'MADE')),
    constraint change_made_started_after_planned check (started_on >= planned_on),
    constraint change_made_made_after_started check (made_on >= started_on),
    constraint change_made_version_not_negative check (version >= 0)
);

create index change_made_planned_newest_first_idx on change_made (planned_on desc, id);
create index change_made_community_id_idx on change_made (community_id) where community_id is not null;
create index change_made_workstream_id_idx on change_made (workstream_id) where workstream_id is not null;

comment on table change_made is 'A decision or change to services that views led to; for a community, a workstream or (with neither) the programme.';
comment on column change_made.status is 'PLANNED, IN_PROGRESS or MADE; it only ever moves forward.';
comment on column change_made.version is 'Optimistic lock: incremented on every update.';

create table change_view (
    change_id   uuid not null,
    feedback_id uuid not null,
    constraint change_view_pkey primary key (change_id, feedback_id),
    constraint change_view_change_fkey foreign key (change_id) references change_made (id) on delete cascade,
    constraint change_view_feedback_fkey foreign key (feedback_id) references feedback (id)
);

create index change_view_feedback_id_idx on change_view (feedback_id);

comment on table change_view is 'A view a change was made in answer to; a set, so no order.';

create table change_theme (
    change_id uuid not null,
    theme_id  uuid not null,
    constraint change_theme_pkey primary key (change_id, theme_id),
    constraint change_theme_change_fkey foreign key (change_id) references change_made (id) on delete cascade,
    constraint change_theme_theme_fkey foreign key (theme_id) references theme (id)
);

create index change_theme_theme_id_idx on change_theme (theme_id);

comment on table change_theme is 'A theme a change answers; a set, so no order.';

-- Mail to the public ---------------------------------------------------------------------------------------------

create table outgoing_mail (
    id         uuid        not null,
    recipient  text        not null,
    subject    text        not null,
    body       text        not null,
    created_at timestamptz not null,
    attempts   integer     not null,
    due_at     timestamptz not null,
    constraint outgoing_mail_pkey primary key (id),
    constraint outgoing_mail_recipient_format
        check (recipient ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' and recipient !~ '[A-Z]'
               and char_length(recipient) <= 254),
    constraint outgoing_mail_subject_text check (btrim(subject) <> '' and char_length(subject) <= 200),
    constraint outgoing_mail_body_text check (btrim(body) <> '' and char_length(body) <= 20000),
    constraint outgoing_mail_attempts_not_negative check (attempts >= 0)
);

create index outgoing_mail_due_idx on outgoing_mail (due_at, created_at);
create index outgoing_mail_recipient_idx on outgoing_mail (recipient);

comment on table outgoing_mail is 'The outbox: a message written in the transaction of the change it tells of, waiting to be sent.';
comment on column outgoing_mail.recipient is 'Personal data: the address to send to, in lower case.';
comment on column outgoing_mail.attempts is 'How many times sending it failed so far.';
comment on column outgoing_mail.due_at is 'When to try (again) to send it.';

-- Answers to submissions, for retries ----------------------------------------------------------------------------

create table submission_replay (
    key_hash       text        not null,
    fingerprint    text        not null,
    reference      text        not null,
    tracking_token text        not null,
    recorded_at    timestamptz not null,
    constraint submission_replay_pkey primary key (key_hash),
    constraint submission_replay_key_hash_sha256 check (key_hash ~ '^[0-9a-f]{64}$'),
    constraint submission_replay_fingerprint_sha256 check (fingerprint ~ '^[0-9a-f]{64}$'),
    constraint submission_replay_reference_text check (btrim(reference) <> '' and char_length(reference) <= 20),
    constraint submission_replay_tracking_token_text
        check (btrim(tracking_token) <> '' and char_length(tracking_token) <= 200)
);

create index submission_replay_recorded_at_idx on submission_replay (recorded_at);

comment on table submission_replay is 'The answer given to a submission carrying an idempotency key, kept a short while for retries.';
comment on column submission_replay.key_hash is 'SHA-256 (hex) of the idempotency key.';
comment on column submission_replay.fingerprint is 'SHA-256 (hex) of the request, to tell a retry from another request with the same key.';
comment on column submission_replay.tracking_token is 'The private tracking token given in the answer; forgotten with the answer.';
