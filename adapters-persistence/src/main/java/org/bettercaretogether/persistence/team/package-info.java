/**
 * The integrated teams in PostgreSQL: each described community's team in {@code integrated_team}, its make-up by
 * profession and employing partner in {@code integrated_team_role} (in order, replaced whole on every change), and the
 * managed list of professions in {@code profession}, seeded by the migration. A team is a composition, never a list
 * of named people.
 */
package org.bettercaretogether.persistence.team;
