/**
 * Mail to people outside the service: messages are written to an outbox in the same transaction as the change they
 * tell of, so a message is never sent for a change that did not happen nor lost for one that did; a delivery job
 * then hands them to the mail adapter, retrying with growing pauses.
 */
package org.bettercaretogether.application.mail;
