/**
 * The Integrated Care Communities in PostgreSQL: the {@code community} table with the towns
 * ({@code community_town}) and postcode districts ({@code community_postcode_district}) each covers, in order.
 */
package org.bettercaretogether.persistence.community;
