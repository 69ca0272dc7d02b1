/**
 * Search, as a page ({@code /search?q=}) and in the JSON API ({@code GET /api/v1/search?q=}): the published views and
 * their answers, changes made, key questions, priorities and meetings that match, best first, with the passages that
 * match highlighted, escaped here so that no markup from the text reaches the page.
 */
package org.bettercaretogether.web.search;
