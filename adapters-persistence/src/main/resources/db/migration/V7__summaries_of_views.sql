-- Summaries of the views, kept by the database as views come and change, so that the public pages which count
-- views (the listening scorecards) and the staff queues cost the same at a million views as at a thousand: they read
-- a few hundred rows of counts, never the views themselves. Triggers keep them, once per statement, from the rows
-- the statement changed (transition tables), so every way of writing views keeps them right: the application, a
-- bulk load with COPY, an operator's SQL. The indexes at the end serve the lists that page through views.

-- Counts ---------------------------------------------------------------------------------------------------------

-- The scope of a count: a community's id, or the nil UUID for the programme as a whole (every view, whatever it is
-- about). A view about a community counts in both.

create table view_tally (
    scope_id    uuid     not null,
    received_on date     not null,
    slot        smallint not null,
    received    integer  not null,
    constraint view_tally_pkey primary key (scope_id, received_on, slot),
    constraint view_tally_slot_range check (slot between 0 and 7)
);

comment on table view_tally is 'How many views were received on a day, for a community or (nil UUID) the programme; the sum over the slots is the count.';
comment on column view_tally.slot is 'Spreads the counting of one day over eight rows, so that views sent at the same moment do not wait for each other; a slot on its own may even be negative.';

create table answer_time_tally (
    scope_id       uuid    not null,
    received_on    date    not null,
    days_to_answer integer not null,
    views          integer not null,
    constraint answer_time_tally_pkey primary key (scope_id, received_on, days_to_answer)
);

comment on table answer_time_tally is 'How many of the views received on a day were answered after so many calendar days (UK time), for a community or (nil UUID) the programme.';

create table moderation_tally (
    moderation text     not null,
    slot       smallint not null,
    views      integer  not null,
    constraint moderation_tally_pkey primary key (moderation, slot),
    constraint moderation_tally_slot_range check (slot between 0 and 7)
);

comment on table moderation_tally is 'How many views are pending, published or withheld; the sum over the slots is the count.';

-- Keeping them -----------------------------------------------------------------------------------------------------

-- One change to the counts: so many views (negative: fewer) with these values.
create type view_change as (
    community_id   uuid,
    received_on    date,
    days_to_answer integer,
    moderation     text,
    views          integer
);

-- Calendar days from the day a view was received to the day (UK time) it was answered; null while unanswered. The
-- domain counts the same way (ListeningScorecard).
create function days_to_answer(received_on date, responded_at timestamptz) returns integer
    language sql immutable parallel safe
    return (responded_at at time zone 'Europe/London')::date - received_on;

create function apply_view_changes(changes view_change[]) returns void
    language sql as $$
    with change as (
        select * from unnest(changes)
    ), scoped as (
        select scope.id as scope_id, change.*
        from change
        cross join lateral (values ('00000000-0000-0000-0000-000000000000'::uuid), (change.community_id)) scope (id)
        where scope.id is not null
    ), received as (
        insert into view_tally as tally (scope_id, received_on, slot, received)
        select scope_id, received_on, (pg_backend_pid() % 8)::smallint, sum(views)
        from scoped
        group by scope_id, received_on
        having sum(views) <> 0
        on conflict (scope_id, received_on, slot) do update set received = tally.received + excluded.received
        returning 1
    ), answered as (
        insert into answer_time_tally as tally (scope_id, received_on, days_to_answer, views)
        select scope_id, received_on, days_to_answer, sum(views)
        from scoped
        where days_to_answer is not null
        group by scope_id, received_on, days_to_answer
        having sum(views) <> 0
        on conflict (scope_id, received_on, days_to_answer) do update set views = tally.views + excluded.views
        returning 1
    )
    insert into moderation_tally as tally (moderation, slot, views)
    select moderation, (pg_backend_pid() % 8)::smallint, sum(views)
    from change
    group by moderation
    having sum(views) <> 0
    on conflict (moderation, slot) do update set views = tally.views + excluded.views;
$$;

create function count_views_added() returns trigger
    language plpgsql as $$
begin
    perform apply_view_changes(array(
        select row (community_id, received_on, days_to_answer(received_on, responded_at), moderation,
                    count(*))::view_change
        from added
        group by community_id, received_on, days_to_answer(received_on, responded_at), moderation));
    return null;
end;
$$;

create function count_views_removed() returns trigger
    language plpgsql as $$
begin
    perform apply_view_changes(array(
        select row (community_id, received_on, days_to_answer(received_on, responded_at), moderation,
                    -count(*))::view_change
        from removed
        group by community_id, received_on, days_to_answer(received_on, responded_at), moderation));
    return null;
end;
$$;

-- Only the views whose counted values changed move the counts: most updates (a theme, a closure) move none.
create function count_views_changed() returns trigger
    language plpgsql as $$
begin
    perform apply_view_changes(array(
        select row (community_id, received_on, days, moderation, sum(views)::integer)::view_change
        from (select was.community_id, was.received_on, days_to_answer(was.received_on, was.responded_at) as days,
                     was.moderation, -1 as views
              from removed was join added now on now.id = was.id
              where (was.community_id, was.received_on, was.responded_at, was.moderation)
                  is distinct from (now.community_id, now.received_on, now.responded_at, now.moderation)
              union all
              select now.community_id, now.received_on, days_to_answer(now.received_on, now.responded_at),
                     now.moderation, 1
              from removed was join added now on now.id = was.id
              where (was.community_id, was.received_on, was.responded_at, was.moderation)
                  is distinct from (now.community_id, now.received_on, now.responded_at, now.moderation)) moved
        group by community_id, received_on, days, moderation
        having sum(views) <> 0));
    return null;
end;
$$;

create function count_no_views() returns trigger
    language plpgsql as $$
begin
    truncate view_tally, answer_time_tally, moderation_tally;
    return null;
end;
$$;

create trigger feedback_counted_when_added
    after insert on feedback referencing new table as added
    for each statement execute function count_views_added();
create trigger feedback_counted_when_changed
    after update on feedback referencing old table as removed new table as added
    for each statement execute function count_views_changed();
create trigger feedback_counted_when_removed
    after delete on feedback referencing old table as removed
    for each statement execute function count_views_removed();
create trigger feedback_counted_when_emptied
    after truncate on feedback
    for each statement execute function count_no_views();

-- The counts follow the views even in a session that switches triggers off (session_replication_role = replica),
-- as a bulk load does to skip the checks of foreign keys: counts behind their views would be wrong for ever.
alter table feedback enable always trigger feedback_counted_when_added;
alter table feedback enable always trigger feedback_counted_when_changed;
alter table feedback enable always trigger feedback_counted_when_removed;
alter table feedback enable always trigger feedback_counted_when_emptied;

-- The views already there.
select apply_view_changes(array(
    select row (community_id, received_on, days_to_answer(received_on, responded_at), moderation, count(*))::view_change
    from feedback
    group by community_id, received_on, days_to_answer(received_on, responded_at), moderation));

-- Lists of views -------------------------------------------------------------------------------------------------

-- The published views about one community, workstream or network, or about the programme as a whole, newest first:
-- a page of a community with few views is found without walking past every other community's.
create index feedback_published_by_community_idx on feedback (community_id, published_at desc, id desc)
    where moderation = 'PUBLISHED' and community_id is not null;
create index feedback_published_by_workstream_idx on feedback (workstream_id, published_at desc, id desc)
    where moderation = 'PUBLISHED' and workstream_id is not null;
create index feedback_published_by_network_idx on feedback (network_id, published_at desc, id desc)
    where moderation = 'PUBLISHED' and network_id is not null;
create index feedback_published_about_programme_idx on feedback (published_at desc, id desc)
    where moderation = 'PUBLISHED' and subject_kind = 'programme';

-- A partner's views waiting for its answer, soonest due first.
create index feedback_awaiting_answer_by_partner_idx on feedback (assigned_partner_id, answer_due_on, id)
    where assigned_partner_id is not null and responded_at is null and closed_at is null;

-- The views linked to changes, for the scorecards' share of views that led to a change made.
create index change_made_made_idx on change_made (id) where status = 'MADE';
