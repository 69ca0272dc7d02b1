-- "You said, we did" both ways: a change made can name the consultation whose answers it came from, so the
-- consultation's results list the changes made from it and each change links back to those results.

alter table change_made add column consultation_id uuid;

alter table change_made add constraint change_made_consultation_fkey
    foreign key (consultation_id) references consultation (id);

create index change_made_consultation_id_idx on change_made (consultation_id) where consultation_id is not null;

comment on column change_made.consultation_id is 'The consultation the change came from, if one did (never a draft: the application checks).';
