/**
 * Consultations: a question the programme puts to the public for a fixed time — about the programme, a workstream, a
 * network or an Integrated Care Community — with a survey to answer. Its state follows the clock (upcoming, open,
 * closed, results published); answers are taken only while it is open (or, entered by staff from paper, after it
 * closed and until its results are published) and only if they fit its questions, which are locked once the first
 * answer arrives. Free-text answers are published only with consent, once a moderator has read them.
 */
package org.bettercaretogether.domain.consultation;
