/**
 * New ways to see a clinician: for each Integrated Care Community, a short, plain explanation, kept by staff, of the
 * online and video consultations its GP practices offer, with a link out to the NHS's own service. The programme
 * never takes clinical details itself, and its pages say so next to the link.
 */
package org.bettercaretogether.domain.onlineconsultation;
