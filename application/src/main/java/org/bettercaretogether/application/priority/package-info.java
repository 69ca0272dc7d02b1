/**
 * Local priorities: engagement officers keep each community's ranked list (adding, revising, re-ranking, moving
 * status), every change kept; anyone reads a community's priorities and the comparison of all communities by theme.
 */
package org.bettercaretogether.application.priority;
