-- The counts of views (view_tally, answer_time_tally, moderation_tally and answer_backlog_tally), made again from the
-- views themselves. The triggers of V7 and V8 keep them up to date statement by statement; a load of many views in
-- one go (a sample of a million) is faster with the insert triggers turned off and the counts made once at the end,
-- from one pass over the views. It covers every count those insert triggers keep: a count added to them belongs here
-- too.
create function recount_views() returns void
    language plpgsql as $$
begin
    truncate view_tally, answer_time_tally, moderation_tally, answer_backlog_tally;
    perform apply_view_changes(array(
        select row (community_id, received_on, days_to_answer(received_on, responded_at), moderation,
                    count(*))::view_change
        from feedback
        group by community_id, received_on, days_to_answer(received_on, responded_at), moderation));
    insert into answer_backlog_tally (partner_id, due_on, views)
    select assigned_partner_id, answer_due_on, count(*)
    from feedback
    where assigned_partner_id is not null and responded_at is null and closed_at is null
    group by assigned_partner_id, answer_due_on;
end;
$$;
