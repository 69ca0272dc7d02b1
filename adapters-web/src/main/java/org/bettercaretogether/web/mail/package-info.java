/**
 * Mail the outbox gave up on, for administrators: {@code /staff/undelivered-mail}, the messages the mail server refused
 * for good or too often, given up on last first a page at a time, each with a button to send it again; and the same in
 * the staff API, {@code /api/v1/staff/undelivered-mail}. Administrators may see personal data, so the address is shown;
 * nothing here writes it to a log.
 */
package org.bettercaretogether.web.mail;
