package org.bettercaretogether.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Objects;

/**
 * Brings a database's schema up to date with the Flyway migrations shipped in this module
 * ({@code classpath:db/migration}), the one source of the schema.
 *
 * <p>Migrations already applied are checked against their files first (a changed migration is refused), then the
 * pending ones are applied in order, each in its own transaction. Cleaning a database is never allowed.
 */
public final class SchemaMigrations {

    /** Where the migrations are: {@code V<n>__<what>.sql} files on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    /**
     * Applies the pending migrations to the database behind {@code dataSource}.
     *
     * @return how many migrations were applied: 0 when the schema was already up to date
     * @throws IllegalStateException when a migration fails, an applied one was changed, or none can be found
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, LOCATION);
    }

    /**
     * Applies the pending migrations to the database at {@code jdbcUrl}, on connections of their own that put no limit
     * on how long a statement may run (one migration over many rows may take minutes, longer than a pool made for
     * serving requests lets a statement run).
     *
     * @return how many migrations were applied: 0 when the schema was already up to date
     * @throws IllegalStateException when a migration fails, an applied one was changed, or none can be found
     */
    public static int migrate(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl is required");
        return migrate(Flyway.configure().dataSource(jdbcUrl, user, password), LOCATION);
    }

    static int migrate(DataSource dataSource, String location) {
        Objects.requireNonNull(dataSource, "dataSource is required");
        return migrate(Flyway.configure().dataSource(dataSource), location);
    }

    private static int migrate(FluentConfiguration flyway, String location) {
        MigrateResult result;
        try {
            result = flyway
                    .locations(location)
                    .failOnMissingLocations(true)
                    .validateMigrationNaming(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
        } catch (FlywayException failure) {
            throw new IllegalStateException("The database schema could not be migrated: " + failure.getMessage(),
                    failure);
        }
        if (!result.success) {
            throw new IllegalStateException("The database schema could not be migrated: Flyway reported failure "
                    + "after " + result.migrationsExecuted + " migration(s)");
        }
        return result.migrationsExecuted;
    }
}
