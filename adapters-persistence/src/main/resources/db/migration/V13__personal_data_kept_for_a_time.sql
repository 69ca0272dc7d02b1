-- Personal data is kept for a time and then removed (docs/adr/0012): the contact details of a closed view, a meeting's
-- registrations once it is over, mail given up on, answers kept for retries, ended sessions and tokens. A view whose
-- contact details were removed so says in its history, by nobody on the staff. A person's data is found by their email
-- address or their telephone number, to be erased or exported on request: a number written with other spaces or +44
-- is the same number when its last ten digits agree (the domain's PhoneNumber.lastTenDigits).

alter table feedback_transition
    drop constraint feedback_transition_kind_known,
    add constraint feedback_transition_kind_known check (kind in ('RECEIVED', 'PUBLISHED', 'WITHHELD', 'THEMES_TAGGED',
                                                                  'ASSIGNED', 'RESPONDED', 'CLOSED',
                                                                  'SAFEGUARDING_FLAGGED', 'ERASED',
                                                                  'CONTACT_REMOVED'));

-- The closed views still holding contact details, longest closed first: few, whatever the number of views.
create index feedback_contact_kept_after_closing_idx on feedback (closed_at, id)
    where closed_at is not null and num_nonnulls(contact_name, contact_email, contact_phone) > 0;

-- A person's views by their telephone number, however they wrote it.
create index feedback_contact_phone_digits_idx
    on feedback (right(regexp_replace(contact_phone, '[^0-9]', '', 'g'), 10)) where contact_phone is not null;

-- A person's registrations by their email address (kept in lower case, as registration_email_format requires).
create index registration_email_idx on registration (email);

-- Meetings by when they ended, so that the registrations of those long over are found without reading them all.
create index meeting_ends_at_idx on meeting (ends_at);

comment on index feedback_contact_kept_after_closing_idx is 'Closed views whose contact details are still kept, for their removal once kept long enough.';
comment on index feedback_contact_phone_digits_idx is 'A view''s telephone number by its last ten digits, the same however it was written.';
