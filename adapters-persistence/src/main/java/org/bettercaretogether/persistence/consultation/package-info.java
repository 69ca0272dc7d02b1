/**
 * Consultations in PostgreSQL: each with its documents, closing changes and questions (with their options), read in
 * one query; responses one row each with their answers one row per value, counted by the database.
 */
package org.bettercaretogether.persistence.consultation;
