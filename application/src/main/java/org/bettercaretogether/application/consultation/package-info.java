/**
 * Consultations and their surveys: staff draft, schedule, extend, close early and publish results; the public reads
 * them and answers while they are open, once per idempotency key however often a request is retried; results are
 * counted by the store and every count under five is reported as "fewer than 5", whichever channel shows it.
 */
package org.bettercaretogether.application.consultation;
