-- The answers a person gives to a consultation on the web, one question a page, kept until they send them: known
-- only by the hash of the random token their browser holds, and removed a day after their last change by the
-- retention runs (expires_at) if never sent.
create table unsent_response (
    token_hash      text        not null collate "C",
    consultation_id uuid        not null,
    expires_at      timestamptz not null,
    constraint unsent_response_pkey primary key (token_hash),
    constraint unsent_response_consultation_fkey
        foreign key (consultation_id) references consultation (id) on delete cascade,
    constraint unsent_response_token_hash_sha256 check (token_hash ~ '^[0-9a-f]{64}$')
);

create index unsent_response_expires_at_idx on unsent_response (expires_at);

comment on table unsent_response is 'Answers to a consultation given on the web and not yet sent, under the hash of the browser''s token; never public, removed once sent or a day after their last change.';

create table unsent_answer (
    token_hash   text    not null collate "C",
    question_key text    not null collate "C",
    position     integer not null,
    value        text    not null,
    constraint unsent_answer_pkey primary key (token_hash, question_key, position),
    constraint unsent_answer_response_fkey
        foreign key (token_hash) references unsent_response (token_hash) on delete cascade,
    constraint unsent_answer_value_text check (btrim(value) <> '' and char_length(value) <= 5000)
);

comment on table unsent_answer is 'One value of one answer not yet sent: an option code chosen (one row each), or the text written.';
