/**
 * The feedback loop: a person gives a view (online, or through staff from paper, phone, letter, email or a
 * meeting); a moderator publishes it with personal details removed or withholds it; the partner it is assigned to
 * answers it; the person can follow it by a private link and is told by email, if they asked, at each step; the
 * public sees the published views, the answers and the listening scorecard. Erasure removes a person's personal data
 * on request.
 */
package org.bettercaretogether.application.feedback;
