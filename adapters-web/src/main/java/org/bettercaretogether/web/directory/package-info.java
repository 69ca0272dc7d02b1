/**
 * The programme's public directory on the web: the home page with the vanguard and its partners, the
 * partners, the clinical networks, the Integrated Care Communities and the workstreams of the service review,
 * as HTML pages and under {@code /api/v1}; and finding the community for a place ({@code /find},
 * {@code /api/v1/places/{query}}), answered in the directory's own community shape. Each thing the directory
 * shows has one view record, made from the domain in one place and used by both the JSON answer and the page, so
 * the two cannot drift apart; the route groups only parse the address, ask
 * {@link org.bettercaretogether.application.directory.BrowseDirectory} and render.
 *
 * <p>Administrators correct the same records under {@code /staff/reference-data} and {@code /api/v1/staff}
 * ({@link org.bettercaretogether.web.directory.CorrectionRoutes}): each kind's correction (a JSON body or a form,
 * read into the domain's values with the domain's own rules) is in one place, such as
 * {@link org.bettercaretogether.web.directory.CommunityCorrection}, and is answered in the public views' shape.
 */
package org.bettercaretogether.web.directory;
