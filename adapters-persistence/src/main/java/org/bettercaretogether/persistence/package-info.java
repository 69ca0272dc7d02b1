/**
 * The persistence adapter on PostgreSQL. The composition root takes the application's outbound ports from
 * {@linkplain org.bettercaretogether.persistence.PostgresAdapters PostgresAdapters}, after opening the HikariCP
 * {@linkplain org.bettercaretogether.persistence.ConnectionPool connection pool} and applying the Flyway
 * {@linkplain org.bettercaretogether.persistence.SchemaMigrations schema migrations} (the one source of the schema,
 * under {@code db/migration}). Every port shares one {@linkplain org.bettercaretogether.persistence.Jooq jOOQ
 * context}, whose transactions follow the calling thread. The repositories live in feature packages named as in the
 * application ({@code partner}, {@code network}, {@code community}, {@code workstream}, {@code vanguard},
 * {@code referencedata}, {@code staff}, {@code security}, {@code audit}, {@code feedback}, {@code change},
 * {@code mail}, {@code priority}, {@code team}, {@code meeting}, {@code keyquestion}, {@code project},
 * {@code onlineconsultation},
 * {@code sampledata}), and
 * what several of them share in {@code shared}. This package lists them all and none of them uses it, so the
 * adapter's packages never depend on each other in a cycle; the jOOQ classes in
 * {@code org.bettercaretogether.persistence.jooq} are generated from the migrations by the build and never edited.
 */
package org.bettercaretogether.persistence;
