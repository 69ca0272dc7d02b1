/**
 * The feedback loop in PostgreSQL: the views people give ({@code feedback}, with the themes each is tagged with in
 * {@code feedback_theme} and its history, in order, in {@code feedback_transition}), the managed list of themes
 * ({@code theme}, seeded by the migration) and the answers kept for retried submissions ({@code submission_replay}).
 * A view's original words and contact details sit in nullable columns, so that erasure removes them from the row.
 */
package org.bettercaretogether.persistence.feedback;
