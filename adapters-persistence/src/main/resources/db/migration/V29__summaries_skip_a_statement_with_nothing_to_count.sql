-- The summaries' triggers run once per statement, also for a statement that changed no row they count: a batch of
-- views received online inserts its themes (none yet) in the same statement as the views, and no view of it awaits
-- an answer yet. Each such call planned and ran its inserts for nothing, about a fifth of the database's work for a
-- view received. Each function that applies counts keeps its body under a new name, behind one of the old name that
-- returns at once when there is nothing to count; the callers are unchanged.

alter function apply_view_changes(view_change[]) rename to apply_view_changes_given;
create function apply_view_changes(changes view_change[]) returns void
    language plpgsql as $$
begin
    if coalesce(cardinality(changes), 0) > 0 then
        perform apply_view_changes_given(changes);
    end if;
end;
$$;

alter function apply_backlog_moves(backlog_move[]) rename to apply_backlog_moves_given;
create function apply_backlog_moves(moves backlog_move[]) returns void
    language plpgsql as $$
begin
    if coalesce(cardinality(moves), 0) > 0 then
        perform apply_backlog_moves_given(moves);
    end if;
end;
$$;

alter function apply_insight_changes(insight_change[]) rename to apply_insight_changes_given;
create function apply_insight_changes(changes insight_change[]) returns void
    language plpgsql as $$
begin
    if coalesce(cardinality(changes), 0) > 0 then
        perform apply_insight_changes_given(changes);
    end if;
end;
$$;

-- Themes added with none among them have no view to look up.
create or replace function insights_count_themes_added() returns trigger
    language plpgsql as $$
begin
    if exists (select from added) then
        perform apply_insight_changes(insight_changes_of_tags(array(select row (feedback_id, theme_id)::feedback_theme
                                                                    from added), 1));
    end if;
    return null;
end;
$$;
