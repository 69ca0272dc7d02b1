/**
 * Community projects: anyone finds them ({@link org.bettercaretogether.application.project.BrowseProjects}), suggests
 * one ({@link org.bettercaretogether.application.project.SuggestProject}) or reports that one is wrong or closed
 * ({@link org.bettercaretogether.application.project.ReportProject}); engagement officers and administrators review
 * the suggestions and reports, list projects and keep them checked
 * ({@link org.bettercaretogether.application.project.ReviewProjects}). The stores are
 * {@link org.bettercaretogether.application.project.CommunityProjects} and
 * {@link org.bettercaretogether.application.project.ProjectReports}.
 */
package org.bettercaretogether.application.project;
