/**
 * Open data read from PostgreSQL: one query per data set, each reading only the public columns of published records,
 * all in one read-only snapshot and through a cursor, so a million views stream a few hundred rows at a time.
 */
package org.bettercaretogether.persistence.opendata;
