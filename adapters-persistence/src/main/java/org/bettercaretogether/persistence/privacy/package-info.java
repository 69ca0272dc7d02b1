/**
 * A person's data in PostgreSQL from arrival to deletion: the records kept only for a time and their removal
 * ({@link org.bettercaretogether.persistence.privacy.JooqExpiredRecords JooqExpiredRecords}), the lock by which one
 * instance at a time removes them, and the one list of the columns that hold personal data, with how subject access,
 * erasure and retention treat each
 * ({@link org.bettercaretogether.persistence.privacy.PersonalDataColumns PersonalDataColumns}).
 */
package org.bettercaretogether.persistence.privacy;
