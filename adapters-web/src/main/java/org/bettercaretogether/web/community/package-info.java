/**
 * The staff side of a community's life, for engagement officers and administrators: the list of communities
 * ({@code /staff/communities}) and each community's staff page, where its priorities, team and story come together,
 * with its development stages, renamings and mergers recorded there and in the staff API; and the wiring of the
 * priority, team and meeting routes of the staff side ({@link org.bettercaretogether.web.community.CommunityLifeStaffWeb}).
 */
package org.bettercaretogether.web.community;
