/**
 * The staff side of the feedback loop on the web: the moderation queue and each view's page (publish with personal
 * details removed, withhold, tag themes, assign to a partner, flag a safeguarding concern, answer, close), the views
 * awaiting an answer, the safeguarding concerns, and views entered by staff one at a time or imported from a CSV
 * file; as staff pages under {@code /staff} and in the staff API under
 * {@code /api/v1/staff}. The use cases decide who may do what; the original words and contact details appear here
 * only, never on a public page or in a log line.
 */
package org.bettercaretogether.web.moderation;
