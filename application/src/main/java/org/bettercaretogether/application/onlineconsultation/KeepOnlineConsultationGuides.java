package org.bettercaretogether.application.onlineconsultation;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;

import java.net.URI;

/**
 * Engagement officers and administrators write each community's guide to online consultations, quoting the version
 * they read (0 for a community without one), so a change made meanwhile is refused as a conflict; every change is
 * written to the audit log.
 */
public interface KeepOnlineConsultationGuides {

    Outcome<OnlineConsultationGuide> write(Actor actor, CommunityId community, long version, String explanation,
                                           URI nhsService);
}
