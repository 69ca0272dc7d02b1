/**
 * Public meetings: engagement officers schedule, move and cancel them and record them afterwards; the public registers
 * and cancels without an account, waits for a place when they are taken and is given one, first come first served,
 * when one frees; everyone registered is told by email (through the outbox) of what concerns them. Registrations are
 * counted under a lock on the meeting, so its places are never exceeded, however many register at once.
 */
package org.bettercaretogether.application.meeting;
