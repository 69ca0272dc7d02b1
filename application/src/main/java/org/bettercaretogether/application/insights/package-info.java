/**
 * Insights: what the views received add up to, month by month and by community, network, workstream, theme, who gave
 * them and how, with how many were published and answered, how fast, and the changes made. Read from counts the store
 * keeps as views change ({@link org.bettercaretogether.application.insights.InsightTallies}), never from the views;
 * every count of views is published under the small-number rule of
 * {@link org.bettercaretogether.application.shared.PublishedCount}, so no answer can point at a handful of people.
 */
package org.bettercaretogether.application.insights;
