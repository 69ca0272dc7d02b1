/**
 * Finding the Integrated Care Community for a place: the {@code /find} page, which answers the home page's
 * form, and {@code /api/v1/places/{query}}. A person types a town, a postcode district or a full postcode;
 * the domain reads it, {@link org.bettercaretogether.application.community.FindCommunityForPlace} matches it,
 * and the communities found are answered in the directory's own community shape.
 */
package org.bettercaretogether.web.place;
