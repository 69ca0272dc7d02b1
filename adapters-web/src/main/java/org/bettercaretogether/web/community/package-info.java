/**
 * The staff side of a community's life, for engagement officers and administrators: the list of communities
 * ({@code /staff/communities}) and each community's staff page, where its priorities, team and story come together;
 * the community's local priorities, added, ranked and revised there, on each priority's own page and in the staff API;
 * and its development stages, renamings and mergers. (The team's own editor is the team feature's; the meetings the
 * meeting feature's.)
 */
package org.bettercaretogether.web.community;
