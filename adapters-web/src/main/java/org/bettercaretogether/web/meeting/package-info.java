/**
 * Public meetings on the web: the list of upcoming meetings and each meeting's page ({@code /meetings},
 * {@code /meetings/{id}}), registering for a place or a place on the waiting list without an account, the private
 * page of a registration that shows where it stands and cancels it ({@code /meetings/registrations/{token}}), the
 * meetings as iCalendar files ({@code /meetings/{id}.ics}, {@code /communities/{slug}/meetings.ics}), and the same
 * under {@code /api/v1}. No answer here shows who registered: names, email addresses and access needs are for the
 * organisers only.
 */
package org.bettercaretogether.web.meeting;
