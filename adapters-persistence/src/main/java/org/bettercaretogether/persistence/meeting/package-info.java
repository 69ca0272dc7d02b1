/**
 * The public meetings in PostgreSQL: the {@code meeting} table, held by a community or for a workstream, with what
 * its venue offers in {@code meeting_access_feature} (a set), and the people's registrations for them in
 * {@code registration}, numbered in order of arrival per meeting. A meeting is locked while a registration for it is
 * counted. Registrants' names, email addresses and access needs are personal data: no message this package builds
 * repeats them.
 */
package org.bettercaretogether.persistence.meeting;
