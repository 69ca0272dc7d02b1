/**
 * The programme's key questions: the short list of things people most often ask about Better Care Together (what it
 * is, who takes part, how to share a view and what becomes of it), each with a plain-text answer, in the order staff
 * choose. Staff keep the list; anyone may read it.
 */
package org.bettercaretogether.domain.keyquestion;
