/**
 * Public meetings: held by an Integrated Care Community or for a workstream, at a venue (with its access information)
 * or online, with a number of places. The public registers without an account; when the places are taken they join a
 * waiting list and are given a place, first come first served, when one frees. Times are UK times, summer time
 * included. Registrants' names, email addresses and access needs are personal data, for staff only.
 */
package org.bettercaretogether.domain.meeting;
