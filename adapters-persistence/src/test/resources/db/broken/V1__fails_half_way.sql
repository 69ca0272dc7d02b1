-- A migration that fails after its first statement: used to prove that a failure stops the migration loudly.
create table half_done (id integer primary key);
insert into table_that_does_not_exist values (1);
