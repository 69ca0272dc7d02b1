package org.bettercaretogether.web.community;

/**
 * Moving a priority to another place in its community's ranking, as {@code POST /api/v1/staff/priorities/{id}/rank}
 * takes it: {@code {"version": 2, "rank": 1}}. The community's other priorities close up behind it.
 */
public record StaffPriorityRank(Long version, Integer rank) {
}
