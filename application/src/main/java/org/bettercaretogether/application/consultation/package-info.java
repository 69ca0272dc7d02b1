/**
 * Consultations and their surveys: staff draft, schedule, extend, close early and publish results; the public reads
 * them and answers while they are open, all at once or a page at a time (the answers kept until sent, for a day), once
 * per idempotency key however often a request is retried; results are
 * counted by the store and published by the one rule for counts of people
 * ({@link org.bettercaretogether.application.shared.CountTable}): nothing under five can be read or worked out by
 * subtraction, whichever channel shows it.
 */
package org.bettercaretogether.application.consultation;
