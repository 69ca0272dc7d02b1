/**
 * Community projects on the web: the public list with its filters and "near me" ({@code /projects},
 * {@code /communities/{slug}/projects}), each project's page, the forms to suggest a project and to report an entry
 * wrong or closed, the public API ({@code /api/v1/projects}), and the staff's review page ({@code /staff/projects}).
 */
package org.bettercaretogether.web.project;
