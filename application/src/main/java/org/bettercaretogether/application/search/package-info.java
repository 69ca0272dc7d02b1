/**
 * Search over what the programme has made public: published views with their published answers, changes made, key
 * questions, the communities' priorities and the public meetings. Anyone may search ({@link
 * org.bettercaretogether.application.search.SearchPublicText}); what can be found is only what is already public
 * elsewhere on the site, kept by the store in step with it ({@link org.bettercaretogether.application.search.SearchIndex}),
 * so a view waiting for moderation or withheld, and a contributor's contact details, are never found.
 */
package org.bettercaretogether.application.search;
