/**
 * New ways to see a clinician, for staff: the pages where engagement officers and administrators write each
 * community's guide to online consultations ({@code /staff/online-consultations}). The public reads the guides on the
 * communities' pages and the Out of Hospital workstream's page (the directory's).
 */
package org.bettercaretogether.web.onlineconsultation;
