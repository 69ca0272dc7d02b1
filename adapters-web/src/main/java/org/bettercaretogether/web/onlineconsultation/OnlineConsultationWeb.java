package org.bettercaretogether.web.onlineconsultation;

import jakarta.inject.Inject;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.onlineconsultation.KeepOnlineConsultationGuides;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The communities' guides to online consultations, behind the staff gate: read through {@code read}, written through
 * {@code keep}, for the communities of {@code directory}.
 */
public final class OnlineConsultationWeb extends FeatureRoutes {

    @Inject
    public OnlineConsultationWeb(ReadOnlineConsultationGuides read, KeepOnlineConsultationGuides keep,
                                 BrowseDirectory directory) {
        super(new StaffOnlineConsultationRoutes(read, keep, directory));
    }
}
