/**
 * Community projects in PostgreSQL: the {@code community_project} table (with the communities each serves and its
 * weekly sessions in tables of their own, read with it in one query) and the public's reports in
 * {@code project_report}. The public list is read by name, a page at a time, through a partial index of listed rows.
 */
package org.bettercaretogether.persistence.project;
