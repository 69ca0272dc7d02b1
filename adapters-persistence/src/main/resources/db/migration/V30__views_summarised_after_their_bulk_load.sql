-- A bulk load of views (the sample data) commits the views first, then makes their counts (recount_views()) and the
-- words search finds (search_views_again()) side by side, each on a connection of its own: the two are independent,
-- each reads the views and writes its own tables, and two cores make both in the time of the longer, where one
-- transaction made them in turn. This row, written in the transaction of the views, stands until both are made; a
-- load cut short in between leaves it, and whoever finds it (the next bulk load, or the service at its start) makes
-- them again, which is safe to repeat, and removes it.
create table views_unsummarised (
    only_row boolean     not null default true,
    since    timestamptz not null default statement_timestamp(),
    constraint views_unsummarised_pkey primary key (only_row),
    constraint views_unsummarised_only_row check (only_row)
);

comment on table views_unsummarised is 'One row while views written in bulk wait for their counts and their search words to be made (by recount_views() and search_views_again()).';
