/**
 * Insights, as a page ({@code /insights}), as CSV files of each chart ({@code /insights/{chart}.csv}) and in the JSON
 * API ({@code GET /api/v1/insights}): what the views of a period add up to, with charts drawn here as SVG, each with
 * its summary in words and its figures as a table, so that nothing needs a script and nothing rests on colour alone.
 */
package org.bettercaretogether.web.insights;
