-- Staff accounts that resist takeover: a second factor for sign-in, sessions that wait for it, and the use of API
-- tokens recorded (for the audit log, once an hour per token).

alter table staff_session
    add column stage text not null default 'COMPLETE',
    add constraint staff_session_stage_known check (stage in ('AWAITING_CODE', 'MUST_ENROL', 'COMPLETE'));

comment on column staff_session.stage is
    'How far signing in has come: a session short of COMPLETE may only prove or set up the second factor.';

create table staff_authenticator (
    staff_member_id uuid        not null,
    secret          text        not null,
    confirmed_at    timestamptz,
    last_step       bigint      not null default 0,
    constraint staff_authenticator_pkey primary key (staff_member_id),
    constraint staff_authenticator_staff_member_fkey
        foreign key (staff_member_id) references staff_member (id) on delete cascade,
    constraint staff_authenticator_secret_base32 check (secret ~ '^[A-Z2-7]{16,128}$'),
    constraint staff_authenticator_last_step_positive check (last_step >= 0)
);

comment on table staff_authenticator is
    'The secret a member of staff''s authenticator app shares with the service (RFC 6238); confirmed once they '
    'entered a code it made. last_step is the time step of the last code accepted: no code is accepted twice.';

create table staff_recovery_code (
    code_hash       text        not null,
    staff_member_id uuid        not null,
    used_at         timestamptz,
    constraint staff_recovery_code_pkey primary key (code_hash),
    constraint staff_recovery_code_staff_member_fkey
        foreign key (staff_member_id) references staff_member (id) on delete cascade,
    constraint staff_recovery_code_hash_sha256 check (code_hash ~ '^[0-9a-f]{64}$')
);

create index staff_recovery_code_staff_member_idx on staff_recovery_code (staff_member_id);

comment on table staff_recovery_code is
    'SHA-256 of each recovery code (about 79 random bits each), usable once instead of an authenticator code.';

alter table api_token add column last_used_at timestamptz;

comment on column api_token.last_used_at is
    'When a use of the token was last written to the audit log; at most once an hour, not at every request.';
