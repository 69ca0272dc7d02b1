/**
 * The Integrated Care Communities in PostgreSQL: the {@code community} table with the towns
 * ({@code community_town}) and postcode districts ({@code community_postcode_district}) each covers, in order; and
 * their histories: {@code community_history} (with the merger, if any) and the stages reached
 * ({@code community_history_stage}) and renamings ({@code community_history_renaming}), in order, which only grow.
 */
package org.bettercaretogether.persistence.community;
