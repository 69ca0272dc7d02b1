package org.bettercaretogether.application.onlineconsultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;

import java.util.List;
import java.util.Optional;

/** What anyone may read of the guides to online consultations. */
public interface ReadOnlineConsultationGuides {

    /** The community's guide, if staff have written one. */
    Optional<OnlineConsultationGuide> guide(CommunityId community);

    /** Every community's guide, for the Out of Hospital workstream's page. */
    List<OnlineConsultationGuide> all();
}
