/**
 * The outbox in PostgreSQL: the {@code outgoing_mail} table, written in the same transaction as the change a message
 * tells of and claimed by the delivery job with {@code FOR UPDATE SKIP LOCKED}, so that several nodes can deliver at
 * once without sending a message twice.
 */
package org.bettercaretogether.persistence.mail;
