-- New ways to see a clinician: each community's guide, kept by staff, to the online and video consultations its GP
-- practices offer, with the address of the NHS's own service. At most one guide for each community. No clinical or
-- personal detail is ever kept here: the guide is the programme's own published words.

create table online_consultation_guide (
    community_id uuid        not null,
    explanation  text        not null,
    nhs_service  text        not null,
    changed_at   timestamptz not null,
    version      bigint      not null,
    constraint online_consultation_guide_pkey primary key (community_id),
    constraint online_consultation_guide_community_fkey foreign key (community_id) references community (id),
    constraint online_consultation_guide_explanation_text
        check (btrim(explanation) <> '' and char_length(explanation) <= 2000),
    constraint online_consultation_guide_nhs_service_https check (nhs_service like 'https://%'),
    constraint online_consultation_guide_version_not_negative check (version >= 0)
);

comment on table online_consultation_guide is 'A community''s guide to the online and video consultations its GP practices offer.';
comment on column online_consultation_guide.nhs_service is 'The NHS''s own service a consultation is begun at (https, on nhs.uk).';
comment on column online_consultation_guide.version is 'Optimistic lock: incremented on every update.';
