/**
 * The staff side of a community's integrated team: the team editor ({@code /staff/communities/{slug}/team}), where
 * engagement officers and administrators describe the team line by line — a profession, its employing partner, a
 * headcount or whole-time equivalents — as of a day, and the managed list of professions ({@code /staff/professions});
 * with the same in the staff API. A team is a composition, never a list of named people.
 */
package org.bettercaretogether.web.team;
