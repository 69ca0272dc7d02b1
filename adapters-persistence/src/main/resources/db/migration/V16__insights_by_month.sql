-- Insights: the views received each month, broken down by what they are about, who gave them and how, and by theme,
-- with how many were published, answered, and answered by their due day, and how many calendar days each answer took.
-- Kept by the database as views and their themes change, as V7 keeps the scorecards' counts (docs/adr/0006), so that
-- /insights reads a few thousand rows of counts for any filter, whatever the number of views: never the views.
--
-- A view counts once in the row of the nil theme (every view, whatever its themes), and once more in the row of each
-- theme it is tagged with; a filter by theme reads that theme's rows, any other question the nil theme's.

create table insight_tally (
    theme_id         uuid    not null,
    received_month   date    not null,
    subject_kind     text    not null,
    subject_id       uuid    not null,
    contributor_role text    not null,
    channel          text    not null,
    received         integer not null,
    published        integer not null,
    answered         integer not null,
    answered_in_time integer not null,
    constraint insight_tally_pkey
        primary key (theme_id, received_month, subject_kind, subject_id, contributor_role, channel),
    constraint insight_tally_month_first_day check (received_month = date_trunc('month', received_month)::date)
);

comment on table insight_tally is 'How many views received in a month, about a subject, given by a kind of person, through a channel (and tagged with a theme; nil UUID: any theme or none), were published, answered, and answered by their due day.';
comment on column insight_tally.subject_id is 'The community, workstream or network the views are about; the nil UUID for the programme as a whole.';
comment on column insight_tally.answered_in_time is 'Answered on or before the working day the answer was due (UK time).';

create table insight_answer_time_tally (
    theme_id         uuid    not null,
    received_month   date    not null,
    subject_kind     text    not null,
    subject_id       uuid    not null,
    contributor_role text    not null,
    channel          text    not null,
    days_to_answer   integer not null,
    views            integer not null,
    constraint insight_answer_time_tally_pkey
        primary key (theme_id, received_month, subject_kind, subject_id, contributor_role, channel, days_to_answer),
    constraint insight_answer_time_tally_month_first_day
        check (received_month = date_trunc('month', received_month)::date)
);

comment on table insight_answer_time_tally is 'How many of the views counted in insight_tally''s row of the same key were answered after so many calendar days (UK time): the median days to an answer, for any filter.';

-- Keeping them ------------------------------------------------------------------------------------------------------

-- One change to the counts: so many views (negative: fewer) with these values.
create type insight_change as (
    theme_id         uuid,
    received_month   date,
    subject_kind     text,
    subject_id       uuid,
    contributor_role text,
    channel          text,
    published        boolean,
    days_to_answer   integer,
    in_time          boolean,
    views            integer
);

-- What a view counts as, in the row of a theme (the nil UUID for every view).
create function insight_change_of(theme_id uuid, received_on date, subject_kind text, community_id uuid,
                                  workstream_id uuid, network_id uuid, contributor_role text, channel text,
                                  moderation text, responded_at timestamptz, answer_due_on date, views integer)
    returns insight_change
    language sql immutable parallel safe
    return row (theme_id, date_trunc('month', received_on)::date, subject_kind,
                coalesce(community_id, workstream_id, network_id, '00000000-0000-0000-0000-000000000000'::uuid),
                contributor_role, channel, moderation = 'PUBLISHED', days_to_answer(received_on, responded_at),
                coalesce((responded_at at time zone 'Europe/London')::date <= answer_due_on, false),
                views)::insight_change;

create function apply_insight_changes(changes insight_change[]) returns void
    language sql as $$
    with change as (
        select * from unnest(changes)
    ), counted as (
        insert into insight_tally as tally (theme_id, received_month, subject_kind, subject_id, contributor_role,
                                            channel, received, published, answered, answered_in_time)
        select theme_id, received_month, subject_kind, subject_id, contributor_role, channel, sum(views),
               coalesce(sum(views) filter (where published), 0),
               coalesce(sum(views) filter (where days_to_answer is not null), 0),
               coalesce(sum(views) filter (where in_time), 0)
        from change
        group by theme_id, received_month, subject_kind, subject_id, contributor_role, channel
        having sum(views) <> 0 or sum(views) filter (where published) <> 0
            or sum(views) filter (where days_to_answer is not null) <> 0 or sum(views) filter (where in_time) <> 0
        on conflict (theme_id, received_month, subject_kind, subject_id, contributor_role, channel) do update
            set received = tally.received + excluded.received, published = tally.published + excluded.published,
                answered = tally.answered + excluded.answered,
                answered_in_time = tally.answered_in_time + excluded.answered_in_time
        returning 1
    )
    insert into insight_answer_time_tally as tally (theme_id, received_month, subject_kind, subject_id,
                                                    contributor_role, channel, days_to_answer, views)
    select theme_id, received_month, subject_kind, subject_id, contributor_role, channel, days_to_answer, sum(views)
    from change
    where days_to_answer is not null
    group by theme_id, received_month, subject_kind, subject_id, contributor_role, channel, days_to_answer
    having sum(views) <> 0
    on conflict (theme_id, received_month, subject_kind, subject_id, contributor_role, channel, days_to_answer)
        do update set views = tally.views + excluded.views;
$$;

-- A view added has no theme yet (its themes refer to it): it counts in the nil theme's row.
create function insights_count_views_added() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(array(
        select insight_change_of('00000000-0000-0000-0000-000000000000', received_on, subject_kind, community_id,
                                 workstream_id, network_id, contributor_role, channel, moderation, responded_at,
                                 answer_due_on, 1)
        from added));
    return null;
end;
$$;

-- Only the views whose counted values changed move the counts, in the nil theme's row and in each of their themes'.
create function insights_count_views_changed() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(array(
        with moved as (
            select was.id, was.received_on as was_received_on, was.subject_kind as was_subject_kind,
                   was.community_id as was_community_id, was.workstream_id as was_workstream_id,
                   was.network_id as was_network_id, was.contributor_role as was_contributor_role,
                   was.channel as was_channel, was.moderation as was_moderation, was.responded_at as was_responded_at,
                   was.answer_due_on as was_answer_due_on, now.received_on, now.subject_kind, now.community_id,
                   now.workstream_id, now.network_id, now.contributor_role, now.channel, now.moderation,
                   now.responded_at, now.answer_due_on
            from removed was join added now on now.id = was.id
            where (was.received_on, was.subject_kind, was.community_id, was.workstream_id, was.network_id,
                   was.contributor_role, was.channel, was.moderation, was.responded_at, was.answer_due_on)
                is distinct from (now.received_on, now.subject_kind, now.community_id, now.workstream_id,
                                  now.network_id, now.contributor_role, now.channel, now.moderation, now.responded_at,
                                  now.answer_due_on)
        ), counted_in as (
            select moved.*, '00000000-0000-0000-0000-000000000000'::uuid as theme_id from moved
            union all
            select moved.*, tagged.theme_id from moved join feedback_theme tagged on tagged.feedback_id = moved.id
        )
        select insight_change_of(theme_id, was_received_on, was_subject_kind, was_community_id, was_workstream_id,
                                 was_network_id, was_contributor_role, was_channel, was_moderation, was_responded_at,
                                 was_answer_due_on, -1)
        from counted_in
        union all
        select insight_change_of(theme_id, received_on, subject_kind, community_id, workstream_id, network_id,
                                 contributor_role, channel, moderation, responded_at, answer_due_on, 1)
        from counted_in));
    return null;
end;
$$;

create function insights_count_views_removed() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(array(
        select insight_change_of('00000000-0000-0000-0000-000000000000', received_on, subject_kind, community_id,
                                 workstream_id, network_id, contributor_role, channel, moderation, responded_at,
                                 answer_due_on, -1)
        from removed));
    return null;
end;
$$;

-- A view's themes go with it (on delete cascade), after the view itself, when they can no longer be told from it:
-- its counts under its themes are taken away before it goes.
create function insights_uncount_themes_of_view() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(array(
        select insight_change_of(tagged.theme_id, old.received_on, old.subject_kind, old.community_id,
                                 old.workstream_id, old.network_id, old.contributor_role, old.channel, old.moderation,
                                 old.responded_at, old.answer_due_on, -1)
        from feedback_theme tagged
        where tagged.feedback_id = old.id));
    return old;
end;
$$;

-- What the tags (a theme on a view still there) count as, so many times each (negative: fewer).
create function insight_changes_of_tags(tags feedback_theme[], views integer) returns insight_change[]
    language sql stable as $$
    select array(
        select insight_change_of(tag.theme_id, view.received_on, view.subject_kind, view.community_id,
                                 view.workstream_id, view.network_id, view.contributor_role, view.channel,
                                 view.moderation, view.responded_at, view.answer_due_on, views)
        from unnest(tags) tag join feedback view on view.id = tag.feedback_id);
$$;

create function insights_count_themes_added() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(insight_changes_of_tags(array(select row (feedback_id, theme_id)::feedback_theme
                                                                from added), 1));
    return null;
end;
$$;

-- A theme taken off a view that is still there; the themes of a view removed were taken away with it.
create function insights_count_themes_removed() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(insight_changes_of_tags(array(select row (feedback_id, theme_id)::feedback_theme
                                                                from removed), -1));
    return null;
end;
$$;

create function insights_count_themes_changed() returns trigger
    language plpgsql as $$
begin
    perform apply_insight_changes(
        insight_changes_of_tags(array(select row (feedback_id, theme_id)::feedback_theme from removed), -1)
        || insight_changes_of_tags(array(select row (feedback_id, theme_id)::feedback_theme from added), 1));
    return null;
end;
$$;

create function insights_count_no_views() returns trigger
    language plpgsql as $$
begin
    truncate insight_tally, insight_answer_time_tally;
    return null;
end;
$$;

create function insights_count_no_themes() returns trigger
    language plpgsql as $$
begin
    delete from insight_tally where theme_id <> '00000000-0000-0000-0000-000000000000';
    delete from insight_answer_time_tally where theme_id <> '00000000-0000-0000-0000-000000000000';
    return null;
end;
$$;

create trigger feedback_insights_when_added
    after insert on feedback referencing new table as added
    for each statement execute function insights_count_views_added();
create trigger feedback_insights_when_changed
    after update on feedback referencing old table as removed new table as added
    for each statement execute function insights_count_views_changed();
create trigger feedback_insights_when_removed
    after delete on feedback referencing old table as removed
    for each statement execute function insights_count_views_removed();
create trigger feedback_insights_themes_when_removed
    before delete on feedback
    for each row execute function insights_uncount_themes_of_view();
create trigger feedback_insights_when_emptied
    after truncate on feedback
    for each statement execute function insights_count_no_views();
create trigger feedback_theme_insights_when_added
    after insert on feedback_theme referencing new table as added
    for each statement execute function insights_count_themes_added();
create trigger feedback_theme_insights_when_changed
    after update on feedback_theme referencing old table as removed new table as added
    for each statement execute function insights_count_themes_changed();
create trigger feedback_theme_insights_when_removed
    after delete on feedback_theme referencing old table as removed
    for each statement execute function insights_count_themes_removed();
create trigger feedback_theme_insights_when_emptied
    after truncate on feedback_theme
    for each statement execute function insights_count_no_themes();

-- Like the other counts, these follow the views in a session that switches triggers off for a bulk load.
alter table feedback enable always trigger feedback_insights_when_added;
alter table feedback enable always trigger feedback_insights_when_changed;
alter table feedback enable always trigger feedback_insights_when_removed;
alter table feedback enable always trigger feedback_insights_themes_when_removed;
alter table feedback enable always trigger feedback_insights_when_emptied;
alter table feedback_theme enable always trigger feedback_theme_insights_when_added;
alter table feedback_theme enable always trigger feedback_theme_insights_when_changed;
alter table feedback_theme enable always trigger feedback_theme_insights_when_removed;
alter table feedback_theme enable always trigger feedback_theme_insights_when_emptied;

-- Made again from the views and their themes, in two passes: what a bulk load that turned the insert triggers off
-- runs at its end (through recount_views), and what counts the views already there.
create function recount_insights() returns void
    language plpgsql as $$
begin
    truncate insight_tally, insight_answer_time_tally;
    perform apply_insight_changes(array(
        select row (theme_id, received_month, subject_kind, subject_id, contributor_role, channel, published,
                    days_to_answer, in_time, count(*))::insight_change
        from (select (insight_change_of('00000000-0000-0000-0000-000000000000', received_on, subject_kind,
                                        community_id, workstream_id, network_id, contributor_role, channel,
                                        moderation, responded_at, answer_due_on, 1)).*
              from feedback
              union all
              select (insight_change_of(tagged.theme_id, view.received_on, view.subject_kind, view.community_id,
                                        view.workstream_id, view.network_id, view.contributor_role, view.channel,
                                        view.moderation, view.responded_at, view.answer_due_on, 1)).*
              from feedback view join feedback_theme tagged on tagged.feedback_id = view.id) counted
        group by theme_id, received_month, subject_kind, subject_id, contributor_role, channel, published,
                 days_to_answer, in_time));
end;
$$;

-- Every count the insert triggers keep, made again from scratch: V11's counts, and these.
alter function recount_views() rename to recount_views_of_v11;

create function recount_views() returns void
    language plpgsql as $$
begin
    perform recount_views_of_v11();
    perform recount_insights();
end;
$$;

select recount_insights();

-- Changes made by the month they were made in, for the insights' second timeline.
create index change_made_made_on_idx on change_made (made_on) where status = 'MADE';
