-- The weekly digest each follower of a community or a workstream is mailed: noted under the Monday it falls due, in
-- the transaction that writes the mail to the outbox (or notes that the week brought nothing), so that of two
-- instances finding the same digest due, the second finds the key taken and writes nothing.
create table digest_sent (
    subscription_id uuid        not null,
    week            date        not null,
    sent_at         timestamptz not null,
    constraint digest_sent_pkey primary key (subscription_id, week),
    constraint digest_sent_subscription_fkey
        foreign key (subscription_id) references subscription (id) on delete cascade,
    constraint digest_sent_week_monday check (extract(isodow from week) = 1)
);

comment on table digest_sent is 'The weekly digests each subscription has been mailed, by the Monday (UK time) each fell due; a week with nothing new is noted too, so it is never sent late.';
