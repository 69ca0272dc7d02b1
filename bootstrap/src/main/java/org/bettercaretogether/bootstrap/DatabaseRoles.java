package org.bettercaretogether.bootstrap;

import org.bettercaretogether.application.shared.Secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Who may connect to the embedded database, and as whom the service does: the superuser and the service's role
 * {@value #SERVICE} each have a generated password, kept in {@value #PASSWORD_FILE} in the data directory with
 * owner-only permissions; {@code pg_hba.conf} asks every connection for its password (SCRAM-SHA-256). The service's
 * role owns the schema {@code public} and everything in it, and is not a superuser, so a fault in the service cannot
 * reach beyond its own data (no server files, no other roles, no programs run by the server). Migrations run as that
 * role too.
 *
 * <p>Done at every start, and idempotent: a data directory made before this (a superuser with no password, every
 * local connection trusted, every table owned by the superuser) is brought to the same state at its first start with
 * this version: the service's role is made, the schema and all in it handed to it, the passwords set, and only then
 * {@code pg_hba.conf} rewritten and reloaded.
 */
final class DatabaseRoles {

    /** The role the service connects as. */
    static final String SERVICE = "bct";
    /** The file in the data directory that keeps the passwords. */
    static final String PASSWORD_FILE = "database-passwords.properties";

    private static final String HBA = """
            # Written by the service at each start of its embedded database: every connection gives its password.
            # The passwords are in %s in the data directory, readable by its owner alone.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """.formatted(PASSWORD_FILE);

    private DatabaseRoles() {
    }

    /** The two passwords. Their text is never logged. */
    record Passwords(String superuser, String service) {

        /** The passwords kept in {@code dataDirectory}, made and kept there (owner-only) if there are none yet. */
        static Passwords keptIn(Path dataDirectory) throws IOException {
            Path file = dataDirectory.resolve(PASSWORD_FILE);
            if (Files.exists(file)) {
                Properties kept = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    kept.load(in);
                }
                return new Passwords(kept.getProperty("superuser"), kept.getProperty("service"));
            }
            Passwords made = new Passwords(Secrets.token(""), Secrets.token(""));
            Path written = Files.createTempFile(dataDirectory, PASSWORD_FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties kept = new Properties();
            kept.setProperty("superuser", made.superuser());
            kept.setProperty("service", made.service());
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                kept.store(out, "The embedded database's passwords: the superuser's, and the service role's ("
                        + SERVICE + ")");
            }
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return made;
        }

        @Override
        public String toString() {
            return "Passwords[not shown]";
        }
    }

    /** Brings the server on {@code port}, with its data in {@code directory}, to the state this class describes. */
    static void secure(int port, Path directory, Passwords passwords) {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection superuser = DriverManager.getConnection(url, "postgres", passwords.superuser());
             Statement sql = superuser.createStatement()) {
            // The passwords are made here of URL-safe Base64 only, so they stand in a literal as they are.
            sql.execute("alter role postgres password '" + passwords.superuser() + "'");
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + SERVICE + "') then "
                    + "create role " + SERVICE + " login nosuperuser nocreatedb nocreaterole noreplication; "
                    + "end if; end $$");
            sql.execute("alter role " + SERVICE + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls "
                    + "password '" + passwords.service() + "'");
            sql.execute(HAND_OVER);
            // The one right beyond its own schema: turning triggers off in its own transactions, as a data-only
            // restore does, so that sample-data copies a million views without a foreign-key lookup a row (it owns
            // the tables, and could drop those keys anyway).
            sql.execute("grant set on parameter session_replication_role to " + SERVICE);
            Files.writeString(directory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
            sql.execute("select pg_reload_conf()");
        } catch (SQLException failure) {
            throw new IllegalStateException("The embedded PostgreSQL's roles could not be set: " + failure.getMessage(),
                    failure);
        } catch (IOException failure) {
            throw new UncheckedIOException("pg_hba.conf could not be written in " + directory, failure);
        }
    }

    /**
     * Gives the schema {@code public} and all in it (tables, views and their sequences; standalone sequences;
     * functions; composite types) to the service's role, whatever owned them before.
     */
    private static final String HAND_OVER = """
            do $$
            declare
                thing record;
            begin
                alter schema public owner to %1$s;
                for thing in select c.oid::regclass as name from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f')
                        and c.relowner <> '%1$s'::regrole loop
                    execute format('alter table %%s owner to %1$s', thing.name);
                end loop;
                for thing in select c.oid::regclass as name from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
                        and c.relowner <> '%1$s'::regrole loop
                    execute format('alter sequence %%s owner to %1$s', thing.name);
                end loop;
                for thing in select p.oid::regprocedure as name from pg_proc p
                        where p.pronamespace = 'public'::regnamespace and p.proowner <> '%1$s'::regrole loop
                    execute format('alter routine %%s owner to %1$s', thing.name);
                end loop;
                for thing in select t.oid::regtype as name from pg_type t join pg_class c on c.oid = t.typrelid
                        where t.typnamespace = 'public'::regnamespace and c.relkind = 'c'
                        and t.typowner <> '%1$s'::regrole loop
                    execute format('alter type %%s owner to %1$s', thing.name);
                end loop;
            end $$
            """.formatted(SERVICE);
}
