/**
 * New ways to see a clinician: anyone reads each community's guide to its online and video consultations
 * ({@link org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides}); engagement officers and
 * administrators keep them ({@link org.bettercaretogether.application.onlineconsultation.KeepOnlineConsultationGuides}),
 * in the store {@link org.bettercaretogether.application.onlineconsultation.OnlineConsultationGuides}.
 */
package org.bettercaretogether.application.onlineconsultation;
