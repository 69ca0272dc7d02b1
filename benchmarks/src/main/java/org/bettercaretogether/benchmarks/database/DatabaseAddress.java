package org.bettercaretogether.benchmarks.database;

import java.util.Objects;

/** Where a PostgreSQL database is and who connects to it; the password never appears in {@link #toString()}. */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    public DatabaseAddress {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
    }

    /** The same server and user, another database. */
    public DatabaseAddress withDatabase(String database) {
        return new DatabaseAddress(JdbcUrls.withDatabase(jdbcUrl, database), user, password);
    }

    @Override
    public String toString() {
        return "DatabaseAddress[" + jdbcUrl + ", user=" + user + "]";
    }
}
