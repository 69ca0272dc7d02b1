-- A consultation may be a new version of another, made when the questions must change after answers arrived: the
-- answers given to the earlier one stay counted in its own results. A consultation is replaced once at most.

alter table consultation add column replaces uuid;

alter table consultation add constraint consultation_replaces_fkey
    foreign key (replaces) references consultation (id);

alter table consultation add constraint consultation_replaces_key unique (replaces);

alter table consultation add constraint consultation_replaces_another_check check (replaces <> id);

comment on column consultation.replaces is 'The earlier consultation this one is a new version of, if any (never a draft: the application checks).';
