-- How many views wait for each partner's answer, by the day the answer is due, kept by the database as views are
-- assigned, answered and closed (as V7 keeps the other counts): the staff's lists of views awaiting an answer show
-- the backlog, and how much of it is overdue, by reading a row per partner and due day rather than counting the
-- views themselves, which at a million views means tens of thousands of index entries on every page.

create table answer_backlog_tally (
    partner_id uuid    not null,
    due_on     date    not null,
    views      integer not null,
    constraint answer_backlog_tally_pkey primary key (partner_id, due_on)
);

comment on table answer_backlog_tally is 'How many views assigned to a partner, neither answered nor closed, are due on a day.';

-- One move of the backlog: so many views (negative: fewer) waiting for a partner's answer due on a day.
create type backlog_move as (
    partner_id uuid,
    due_on     date,
    views      integer
);

create function apply_backlog_moves(moves backlog_move[]) returns void
    language sql as $$
    insert into answer_backlog_tally as tally (partner_id, due_on, views)
    select partner_id, due_on, sum(views)
    from unnest(moves)
    group by partner_id, due_on
    having sum(views) <> 0
    on conflict (partner_id, due_on) do update set views = tally.views + excluded.views;
$$;

create function backlog_added() returns trigger
    language plpgsql as $$
begin
    perform apply_backlog_moves(array(
        select row (assigned_partner_id, answer_due_on, 1)::backlog_move
        from added
        where assigned_partner_id is not null and responded_at is null and closed_at is null));
    return null;
end;
$$;

create function backlog_removed() returns trigger
    language plpgsql as $$
begin
    perform apply_backlog_moves(array(
        select row (assigned_partner_id, answer_due_on, -1)::backlog_move
        from removed
        where assigned_partner_id is not null and responded_at is null and closed_at is null));
    return null;
end;
$$;

-- A view leaves the backlog where it was and joins it where it is now; views still where they were cancel out, so
-- most updates (moderation, a theme) move nothing.
create function backlog_changed() returns trigger
    language plpgsql as $$
begin
    perform apply_backlog_moves(array(
        select row (assigned_partner_id, answer_due_on, -1)::backlog_move
        from removed
        where assigned_partner_id is not null and responded_at is null and closed_at is null
        union all
        select row (assigned_partner_id, answer_due_on, 1)::backlog_move
        from added
        where assigned_partner_id is not null and responded_at is null and closed_at is null));
    return null;
end;
$$;

create function backlog_emptied() returns trigger
    language plpgsql as $$
begin
    truncate answer_backlog_tally;
    return null;
end;
$$;

create trigger feedback_backlog_when_added
    after insert on feedback referencing new table as added
    for each statement execute function backlog_added();
create trigger feedback_backlog_when_changed
    after update on feedback referencing old table as removed new table as added
    for each statement execute function backlog_changed();
create trigger feedback_backlog_when_removed
    after delete on feedback referencing old table as removed
    for each statement execute function backlog_removed();
create trigger feedback_backlog_when_emptied
    after truncate on feedback
    for each statement execute function backlog_emptied();

-- Like the other counts, the backlog follows the views in a session that switches triggers off for a bulk load.
alter table feedback enable always trigger feedback_backlog_when_added;
alter table feedback enable always trigger feedback_backlog_when_changed;
alter table feedback enable always trigger feedback_backlog_when_removed;
alter table feedback enable always trigger feedback_backlog_when_emptied;

-- The views already waiting.
insert into answer_backlog_tally (partner_id, due_on, views)
select assigned_partner_id, answer_due_on, count(*)
from feedback
where assigned_partner_id is not null and responded_at is null and closed_at is null
group by assigned_partner_id, answer_due_on;
