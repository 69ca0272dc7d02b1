/**
 * Feedback: the views people give about the programme, from the moment one is received, through moderation
 * (published with personal details removed, or withheld with a reason), to an official answer from the partner
 * it was assigned to, and closure. Contact details and the original text are personal data; the published text is
 * not, and it is all that the public ever sees.
 */
package org.bettercaretogether.domain.feedback;
