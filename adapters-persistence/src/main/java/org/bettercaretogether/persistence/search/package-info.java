/**
 * Search in PostgreSQL: the {@code search_entry} table holds the stemmed words (a {@code tsvector} under a GIN index)
 * of every public record and nothing else, kept by triggers on the tables it comes from; the text of a result is read,
 * for the results shown, from the {@code searchable_} views that define what is public (see
 * {@code V15__search.sql}).
 */
package org.bettercaretogether.persistence.search;
