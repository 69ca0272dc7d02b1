-- Text is now held to the domain's rule for plain text: no control character other than tab, line feed and
-- carriage return (U+0001 to U+0008, U+000B, U+000C, U+000E to U+001F, U+007F to U+009F are refused; PostgreSQL never
-- stored NUL). Text kept before the rule may hold one, and would then no longer read back: each is replaced by a
-- space, the nearest harmless character. The audit log is append-only by design and is left as written.
do $$
declare
    target record;
begin
    for target in
        select c.table_name, c.column_name
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema()
          and t.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying')
          and c.table_name not in ('audit_entry', 'audit_field_change', 'flyway_schema_history')
    loop
        execute format(
            'update %I set %I = regexp_replace(%I, %L, %L, %L) where %I ~ %L',
            target.table_name, target.column_name, target.column_name,
            '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]', ' ', 'g',
            target.column_name, '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]');
    end loop;
end
$$;
