-- Mail is delivered one message at a time (docs/adr/0010): a delivery run claims a few due messages for a while (a
-- lease, so that no other run takes them meanwhile and a run that dies gives them up when it passes), then marks each
-- as soon as the mail server has taken it, or refused it, with no transaction open while it goes out. The outbox gives
-- up on a message the server refuses for good, or as often as the service tries, and keeps it for administrators to
-- send again.

alter table outgoing_mail
    add column claimed_until timestamptz,
    add column given_up_at   timestamptz,
    add column last_failure  text,
    add constraint outgoing_mail_last_failure_text
        check (btrim(last_failure) <> '' and char_length(last_failure) <= 500),
    add constraint outgoing_mail_given_up_with_a_reason check (given_up_at is null or last_failure is not null),
    add constraint outgoing_mail_given_up_not_claimed check (given_up_at is null or claimed_until is null);

-- Only messages still to be sent are claimed, due soonest first; undelivered ones are listed given up on last first.
drop index outgoing_mail_due_idx;
create index outgoing_mail_due_idx on outgoing_mail (due_at, created_at) where given_up_at is null;
create index outgoing_mail_given_up_idx on outgoing_mail (given_up_at desc, id desc) where given_up_at is not null;

comment on column outgoing_mail.attempts is 'How many times sending it failed so far, since it was written or last sent again.';
comment on column outgoing_mail.claimed_until is 'A delivery run holds it until then; null when none does. Once passed, another run may claim it.';
comment on column outgoing_mail.given_up_at is 'When the outbox gave up on it (refused for good, or failed too often); null while it is still to be sent.';
comment on column outgoing_mail.last_failure is 'Why the last attempt failed, as the mail adapter said it, with every address taken out.';
