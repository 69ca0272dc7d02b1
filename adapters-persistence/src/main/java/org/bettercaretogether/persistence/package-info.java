/**
 * The persistence adapter's infrastructure on PostgreSQL, for the composition root: a HikariCP
 * {@linkplain org.bettercaretogether.persistence.ConnectionPool connection pool}, the Flyway
 * {@linkplain org.bettercaretogether.persistence.SchemaMigrations schema migrations} (the one source of the schema,
 * under {@code db/migration}) and the {@linkplain org.bettercaretogether.persistence.Jooq jOOQ context} every
 * repository shares, whose transactions follow the calling thread. The jOOQ classes in
 * {@code org.bettercaretogether.persistence.jooq} are generated from the migrations by the build and never edited.
 */
package org.bettercaretogether.persistence;
