-- Staff accounts, their sign-in sessions and API tokens, the audit log and the rate limits shared by every node.
-- As in V1, check constraints mirror the domain's rules and are never stricter than them. Nothing here holds a
-- secret in clear: passwords only as slow salted hashes (PHC strings), session and API tokens only as SHA-256 hex.

-- Staff ----------------------------------------------------------------------------------------------------------

create table staff_member (
    id                   uuid    not null,
    email                text    not null,
    name                 text    not null,
    partner_id           uuid    not null,
    active               boolean not null,
    must_change_password boolean not null,
    version              bigint  not null,
    constraint staff_member_pkey primary key (id),
    constraint staff_member_email_key unique (email),
    constraint staff_member_partner_fkey foreign key (partner_id) references partner (id),
    -- The domain keeps addresses in lower case; only ASCII letters are checked, as lower() depends on the locale.
    constraint staff_member_email_format
        check (email ~ '^[^@]+@[^@]+\.[^@]+$' and email !~ '[A-Z]' and char_length(email) <= 254),
    constraint staff_member_name_text check (btrim(name) <> '' and char_length(name) <= 200),
    constraint staff_member_version_not_negative check (version >= 0)
);

create index staff_member_partner_id_idx on staff_member (partner_id);

comment on table staff_member is 'A member of staff of a partner who signs in; name and email are personal data.';
comment on column staff_member.email is 'How they sign in, in lower case; unique among staff.';
comment on column staff_member.must_change_password is 'Their password was issued by someone else and must be replaced first.';
comment on column staff_member.version is 'Optimistic lock: incremented on every update.';

create table staff_member_role (
    staff_member_id uuid not null,
    role            text not null,
    constraint staff_member_role_pkey primary key (staff_member_id, role),
    constraint staff_member_role_staff_member_fkey
        foreign key (staff_member_id) references staff_member (id) on delete cascade,
    constraint staff_member_role_known check (role in ('MODERATOR', 'RESPONDER', 'ENGAGEMENT_OFFICER', 'ADMIN'))
);

comment on table staff_member_role is 'A role a member of staff holds; a set, so no order.';

create table staff_password (
    staff_member_id uuid not null,
    encoded         text not null,
    constraint staff_password_pkey primary key (staff_member_id),
    constraint staff_password_staff_member_fkey
        foreign key (staff_member_id) references staff_member (id) on delete cascade,
    -- A PHC string ($argon2id$v=19$m=...): refuses, among other things, a password stored in clear by mistake.
    constraint staff_password_phc_string check (encoded ~ '^\$[a-z0-9-]+\$' and char_length(encoded) <= 1000)
);

comment on table staff_password is 'The slow, salted hash of a staff account''s password, apart from the account so no other row shows it.';
comment on column staff_password.encoded is 'The hash as a PHC string, such as $argon2id$v=19$m=19456,t=2,p=1$salt$hash.';

-- Sessions and API tokens ----------------------------------------------------------------------------------------

create table staff_session (
    token_hash      text        not null,
    staff_member_id uuid        not null,
    csrf_token      text        not null,
    created_at      timestamptz not null,
    last_seen_at    timestamptz not null,
    expires_at      timestamptz not null,
    constraint staff_session_pkey primary key (token_hash),
    constraint staff_session_staff_member_fkey
        foreign key (staff_member_id) references staff_member (id) on delete cascade,
    constraint staff_session_token_hash_sha256 check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint staff_session_csrf_token_text check (btrim(csrf_token) <> '' and char_length(csrf_token) <= 200),
    constraint staff_session_seen_since_created check (last_seen_at >= created_at),
    constraint staff_session_expires_after_created check (expires_at > created_at)
);

create index staff_session_staff_member_id_idx on staff_session (staff_member_id);
create index staff_session_expires_at_idx on staff_session (expires_at);

comment on table staff_session is 'A signed-in browser session of a member of staff, kept on the server so every node sees it.';
comment on column staff_session.token_hash is 'SHA-256 (hex) of the session token; the token itself is only in the browser''s cookie.';
comment on column staff_session.csrf_token is 'The token the session''s forms carry; worthless without the session cookie, and shown again in every form.';
comment on column staff_session.expires_at is 'The absolute end of the session; the idle timeout is checked against last_seen_at.';

create table api_token (
    id         uuid        not null,
    owner_id   uuid        not null,
    label      text        not null,
    token_hash text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    constraint api_token_pkey primary key (id),
    constraint api_token_token_hash_key unique (token_hash),
    constraint api_token_owner_fkey foreign key (owner_id) references staff_member (id) on delete cascade,
    constraint api_token_token_hash_sha256 check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint api_token_label_text check (btrim(label) <> '' and char_length(label) <= 100),
    constraint api_token_expires_after_created check (expires_at > created_at)
);

create index api_token_owner_newest_first_idx on api_token (owner_id, created_at desc, id desc);

comment on table api_token is 'A token a member of staff created to call the staff API on their own behalf.';
comment on column api_token.token_hash is 'SHA-256 (hex) of the token, which was shown once and is kept nowhere.';
comment on column api_token.revoked_at is 'When its owner revoked it; null while it has not been.';

-- The audit log --------------------------------------------------------------------------------------------------

create table audit_entry (
    id          uuid        not null,
    at          timestamptz not null,
    actor_id    uuid,
    action      text        not null,
    record_type text        not null,
    record_id   text        not null,
    constraint audit_entry_pkey primary key (id),
    constraint audit_entry_actor_fkey foreign key (actor_id) references staff_member (id),
    constraint audit_entry_action_text check (btrim(action) <> '' and char_length(action) <= 100),
    constraint audit_entry_record_type_text check (btrim(record_type) <> '' and char_length(record_type) <= 100),
    constraint audit_entry_record_id_text check (btrim(record_id) <> '' and char_length(record_id) <= 200)
);

create index audit_entry_newest_first_idx on audit_entry (at desc, id desc);
create index audit_entry_actor_id_idx on audit_entry (actor_id);

comment on table audit_entry is 'One line of the append-only audit log: who did what to which record, and when.';
comment on column audit_entry.actor_id is 'The member of staff who acted; null for the system itself or an unknown person.';

create table audit_field_change (
    audit_entry_id uuid    not null,
    position       integer not null,
    field          text    not null,
    before_value   text,
    after_value    text,
    constraint audit_field_change_pkey primary key (audit_entry_id, position),
    constraint audit_field_change_audit_entry_fkey foreign key (audit_entry_id) references audit_entry (id),
    constraint audit_field_change_position_not_negative check (position >= 0),
    constraint audit_field_change_field_text check (btrim(field) <> '' and char_length(field) <= 100)
);

comment on table audit_field_change is 'A field an audited action changed, in the order the entry lists them.';
comment on column audit_field_change.before_value is 'The value before; null where there was none.';
comment on column audit_field_change.after_value is 'The value after; null where there is none.';

-- Append-only in the database itself, whoever connects: any UPDATE, DELETE or TRUNCATE of the log fails, even one
-- that would touch no row (statement-level triggers fire regardless). Only the tables' owner could drop the triggers.
create function refuse_audit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the audit log is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege',
              hint = 'Record a new entry instead of changing or removing one.';
end;
$$;

create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function refuse_audit_change();

create trigger audit_field_change_append_only
    before update or delete or truncate on audit_field_change
    for each statement execute function refuse_audit_change();

comment on function refuse_audit_change() is 'Refuses any change to the audit log but appending to it.';

-- Rate limits ----------------------------------------------------------------------------------------------------

-- Bucket4j's table (PostgreSQLSelectForUpdateBasedProxyManager): it inserts a row with no state first, then locks
-- it (SELECT ... FOR UPDATE) and writes the serialized bucket, so state and expires_at may be null.
create table rate_limit_bucket (
    id         text   not null,
    state      bytea,
    expires_at bigint,
    constraint rate_limit_bucket_pkey primary key (id),
    constraint rate_limit_bucket_id_text check (btrim(id) <> '' and char_length(id) <= 500)
);

create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);

comment on table rate_limit_bucket is 'A token bucket of a rate limit, shared by every node; the key never holds personal data.';
comment on column rate_limit_bucket.id is 'The limit (capacity/period) and the caller''s key, a hash of an address or account.';
comment on column rate_limit_bucket.state is 'The bucket as Bucket4j serializes it.';
comment on column rate_limit_bucket.expires_at is 'When the bucket is full again and can be forgotten (milliseconds since 1970).';
