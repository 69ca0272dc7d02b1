-- What a respondent chose beside their answers, how a response reached the programme, and the moderation of free-text
-- answers. A response given online is received on the day it arrived; one entered by staff (on paper, by phone, at a
-- meeting...) names its channel, the day it was received and who entered it. A free-text answer given with consent to
-- publish waits for a moderator, who publishes it (with personal details taken out) or withholds it; nothing else of
-- a free-text answer is ever shown. An email address left for updates is kept apart from the answers, so the answers
-- stay anonymous and erasure removes the address alone.

alter table consultation_response
    add column publish_free_text boolean not null default false,
    add column channel           text    not null default 'ONLINE',
    add column received_on       date,
    add column event_or_batch    text,
    add column entered_by        uuid;

update consultation_response set received_on = (received_at at time zone 'Europe/London')::date;

alter table consultation_response
    alter column received_on set not null,
    alter column publish_free_text drop default,
    alter column channel drop default,
    add constraint consultation_response_entered_by_fkey foreign key (entered_by) references staff_member (id),
    add constraint consultation_response_channel_known check (channel in
        ('ONLINE', 'MEETING', 'EMAIL', 'LETTER', 'PHONE', 'PAPER_FORM', 'SOCIAL_MEDIA')),
    add constraint consultation_response_entered_by_staff check ((entered_by is null) = (channel = 'ONLINE')),
    add constraint consultation_response_event_or_batch_text
        check (event_or_batch is null or (btrim(event_or_batch) <> '' and char_length(event_or_batch) <= 200));

comment on column consultation_response.publish_free_text is 'Whether the respondent agreed that their free-text answers may be published, once moderated; no by default.';
comment on column consultation_response.entered_by is 'The member of staff who entered a response that did not come in online (channel); null for one given online.';

create table consultation_free_text (
    id              uuid        not null,
    response_id     uuid        not null,
    question_key    text        not null collate "C",
    consultation_id uuid        not null,
    received_at     timestamptz not null,
    moderation      text        not null,
    public_text     text,
    withhold_reason text,
    withhold_note   text,
    moderated_at    timestamptz,
    moderated_by    uuid,
    version         bigint      not null,
    constraint consultation_free_text_pkey primary key (id),
    constraint consultation_free_text_answer_key unique (response_id, question_key),
    constraint consultation_free_text_response_fkey
        foreign key (response_id) references consultation_response (id) on delete cascade,
    constraint consultation_free_text_consultation_fkey foreign key (consultation_id) references consultation (id),
    constraint consultation_free_text_moderated_by_fkey foreign key (moderated_by) references staff_member (id),
    constraint consultation_free_text_moderation_known check (moderation in ('PENDING', 'PUBLISHED', 'WITHHELD')),
    constraint consultation_free_text_published_text check ((public_text is not null) = (moderation = 'PUBLISHED')
        and (public_text is null or (btrim(public_text) <> '' and char_length(public_text) <= 5000))),
    constraint consultation_free_text_withheld_reason check ((withhold_reason is not null) = (moderation = 'WITHHELD')
        and (withhold_reason is null or withhold_reason in
            ('NO_CONSENT', 'PERSONAL_DETAILS', 'ABUSIVE', 'OFF_TOPIC', 'DUPLICATE', 'SAFEGUARDING'))),
    constraint consultation_free_text_note_when_withheld check (withhold_note is null
        or (moderation = 'WITHHELD' and btrim(withhold_note) <> '' and char_length(withhold_note) <= 2000)),
    constraint consultation_free_text_moderated_together check (
        (moderated_at is null) = (moderation = 'PENDING') and (moderated_by is null) = (moderation = 'PENDING')),
    constraint consultation_free_text_version_not_negative check (version >= 0)
);

create index consultation_free_text_pending_idx on consultation_free_text (consultation_id, received_at, id)
    where moderation = 'PENDING';
create index consultation_free_text_published_idx on consultation_free_text (consultation_id, question_key, moderated_at, id)
    where moderation = 'PUBLISHED';

comment on table consultation_free_text is 'The moderation of a free-text answer given with consent to publish: pending, published (public_text, personal details taken out) or withheld. Its words as given stay in consultation_answer.';

create table consultation_update_email (
    response_id     uuid not null,
    consultation_id uuid not null,
    email           text not null,
    constraint consultation_update_email_pkey primary key (response_id),
    constraint consultation_update_email_response_fkey
        foreign key (response_id) references consultation_response (id) on delete cascade,
    constraint consultation_update_email_consultation_fkey foreign key (consultation_id) references consultation (id),
    constraint consultation_update_email_address check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(email) <= 254)
);

create index consultation_update_email_consultation_idx on consultation_update_email (consultation_id);
create index consultation_update_email_email_idx on consultation_update_email (email);

comment on table consultation_update_email is 'The email address a respondent left to be told about the consultation they answered: personal data, never public, erased on request.';
