/**
 * Test support for modules that use the persistence adapter, shipped in this module's test-jar: a real PostgreSQL
 * (embedded, started once per test JVM, no Docker) and a fresh, empty database for each test class, through the
 * JUnit extension {@link org.bettercaretogether.persistence.testing.EmbeddedPostgresExtension} or, outside JUnit,
 * {@link org.bettercaretogether.persistence.testing.TestDatabases}.
 */
package org.bettercaretogether.persistence.testing;
