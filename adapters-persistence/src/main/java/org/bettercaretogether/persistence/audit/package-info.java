/**
 * The audit log in PostgreSQL: the {@code audit_entry} table with the fields each entry changed
 * ({@code audit_field_change}, in order). Both are append-only in the database itself: triggers refuse any update,
 * delete or truncate, whoever asks.
 */
package org.bettercaretogether.persistence.audit;
