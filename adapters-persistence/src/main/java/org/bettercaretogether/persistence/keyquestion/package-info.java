/**
 * The key questions in PostgreSQL: the {@code key_question} table, one row per question with its place in the list
 * (unique when a transaction commits) and its version; the first questions are loaded by the migration that makes it.
 */
package org.bettercaretogether.persistence.keyquestion;
