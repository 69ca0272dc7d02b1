/**
 * The outbox in PostgreSQL: the {@code outgoing_mail} table, written in the same transaction as the change a message
 * tells of, claimed a few rows at a time by the delivery for a while ({@code claimed_until}, picked with
 * {@code FOR UPDATE SKIP LOCKED}) so that several nodes can deliver at once without sending a message twice, and marked
 * one message at a time; messages given up on wait aside ({@code given_up_at}) for administrators.
 */
package org.bettercaretogether.persistence.mail;
