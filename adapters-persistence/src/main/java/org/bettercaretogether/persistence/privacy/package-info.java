/**
 * A person's data in PostgreSQL from arrival to deletion: the records kept only for a time and their removal
 * ({@link org.bettercaretogether.persistence.privacy.JooqExpiredRecords JooqExpiredRecords}), and the lock by which
 * one instance at a time removes them.
 */
package org.bettercaretogether.persistence.privacy;
