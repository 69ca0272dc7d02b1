-- Views given at the programme's public meetings: a view that came in at one of the meetings of V4 names it, so that
-- the meeting's page can count the views given there. As in V3, the check is never stricter than the domain's rule
-- (a meeting only for a view whose channel is MEETING) and holds for any channel feedback_channel_known refuses, so
-- a refused row names the one rule it broke.

alter table feedback
    add column meeting_id uuid,
    add constraint feedback_meeting_fkey foreign key (meeting_id) references meeting (id),
    add constraint feedback_meeting_only_at_meetings check (
        meeting_id is null
        or channel not in ('ONLINE', 'EMAIL', 'LETTER', 'PHONE', 'PAPER_FORM', 'SOCIAL_MEDIA'));

-- A meeting's views, oldest first.
create index feedback_meeting_received_at_idx on feedback (meeting_id, received_at, id) where meeting_id is not null;

comment on column feedback.meeting_id is 'The public meeting the view was given at; null unless its channel is MEETING, and then null when given at another event.';
