package org.bettercaretogether.application.onlineconsultation;

import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;

import java.util.List;
import java.util.Optional;

/** The guides to online consultations, at most one for each community. */
public interface OnlineConsultationGuides {

    /** Every guide, at most one for each of the twelve communities. */
    List<OnlineConsultationGuide> all();

    Optional<OnlineConsultationGuide> find(CommunityId community);

    /**
     * Stores the guide: a new one when its version is 0 (refused, empty, if the community has one already), else a
     * change when its version is the stored one (empty otherwise). Answers the guide stored, at its new version.
     */
    Optional<OnlineConsultationGuide> store(OnlineConsultationGuide guide);
}
