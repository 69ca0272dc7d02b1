-- Following a consultation, a community or a workstream by email (double opt-in). A subscription waits for its
-- confirmation under the hash of the mailed token, and is removed by the retention runs if never confirmed; every
-- mail it brings carries its unsubscribe token, kept as it is for that reason (it can only end the subscription).
create table subscription (
    id                 uuid        not null,
    email              text        not null,
    followed_kind      text        not null,
    followed_id        uuid        not null,
    title              text        not null,
    confirm_token_hash text        not null collate "C",
    unsubscribe_token  text        not null collate "C",
    asked_at           timestamptz not null,
    confirmed_at       timestamptz,
    constraint subscription_pkey primary key (id),
    constraint subscription_one_per_address unique (email, followed_kind, followed_id),
    constraint subscription_confirm_token_hash_key unique (confirm_token_hash),
    constraint subscription_unsubscribe_token_key unique (unsubscribe_token),
    constraint subscription_followed_kind_known check (followed_kind in ('consultation', 'community', 'workstream')),
    constraint subscription_email_text check (btrim(email) <> '' and char_length(email) <= 254),
    constraint subscription_title_text check (btrim(title) <> '' and char_length(title) <= 200),
    constraint subscription_confirm_token_hash_sha256 check (confirm_token_hash ~ '^[0-9a-f]{64}$'),
    constraint subscription_unsubscribe_token_text check (char_length(unsubscribe_token) between 20 and 100),
    constraint subscription_confirmed_after_asked check (confirmed_at is null or confirmed_at >= asked_at)
);

-- Followers of a thing, confirmed: what each notice looks up. Pending ones, oldest first: what retention removes.
create index subscription_followed_idx on subscription (followed_kind, followed_id, confirmed_at)
    where confirmed_at is not null;
create index subscription_pending_idx on subscription (asked_at) where confirmed_at is null;

comment on table subscription is 'One email address following one consultation, community or workstream; personal data, never public.';
comment on column subscription.title is 'What is followed, as it was named when the person asked.';

-- The notices each subscription has been mailed: written in the transaction that writes the mail to the outbox, so
-- that of two instances finding the same notice due, the second finds the key taken and writes nothing.
create table consultation_notice_sent (
    subscription_id uuid        not null,
    consultation_id uuid        not null,
    notice          text        not null,
    sent_at         timestamptz not null,
    constraint consultation_notice_sent_pkey primary key (subscription_id, consultation_id, notice),
    constraint consultation_notice_sent_subscription_fkey
        foreign key (subscription_id) references subscription (id) on delete cascade,
    constraint consultation_notice_sent_consultation_fkey
        foreign key (consultation_id) references consultation (id) on delete cascade,
    constraint consultation_notice_sent_notice_known
        check (notice in ('opened', 'closing_soon', 'results_published'))
);

create index consultation_notice_sent_consultation_idx on consultation_notice_sent (consultation_id, notice);

-- A message a subscription brought is ended in one click at this address (its List-Unsubscribe header, RFC 8058).
alter table outgoing_mail
    add column unsubscribe_address text,
    add constraint outgoing_mail_unsubscribe_address_text
        check (unsubscribe_address ~ '^https?://' and char_length(unsubscribe_address) <= 500);

comment on column outgoing_mail.unsubscribe_address is 'Where the subscription that brought it is ended in one click; null for any other message.';
