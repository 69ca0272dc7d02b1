/**
 * Mail to people outside the service: messages are written to an outbox in the same transaction as the change they
 * tell of, so a message is never sent for a change that did not happen nor lost for one that did. A delivery job then
 * hands them to the mail adapter one at a time, each claimed for a while and marked as soon as it is sent, retrying
 * with growing pauses; the outbox gives up on a message the server refuses for good or too often, and administrators
 * send it again.
 */
package org.bettercaretogether.application.mail;
