package org.bettercaretogether.web.directory;

import jakarta.inject.Inject;
import java.time.Clock;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.FindCommunityForPlace;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.application.meeting.BrowseMeetings;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.application.project.BrowseProjects;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.web.platform.FeatureRoutes;

/**
 * The directory: the home page, partners, networks, communities and workstreams, all answered from
 * {@code directory}; a community's and a workstream's page also show the newest views published about it (and a
 * community's listening scorecard) from {@code published}. A community's page and API also bring its life together:
 * its local {@code priorities}, its integrated team from {@code teams}, its upcoming {@code meetings} (those not
 * ended by the {@code clock}), the first of its community {@code projects}, its guide to online consultations
 * (from {@code onlineConsultations}, which the Out of Hospital workstream's page lists too) and its history from {@code shaping}, which also says where a former address now
 * leads. The home page lists the {@code consultations} open now; a community's, network's and workstream's page those
 * about it that are open or coming up. Administrators' corrections to the directory, as staff pages under {@code /staff/reference-data} and in the
 * staff API (behind the staff gate), are made through {@code corrections}; and {@code /find} with
 * {@code /api/v1/places/{query}} find the community for a place through {@code places}.
 */
public final class DirectoryWeb extends FeatureRoutes {

    @Inject
    public DirectoryWeb(BrowseDirectory directory, ReadPublishedFeedback published, ReadPriorities priorities,
                        ReadTeams teams, BrowseMeetings meetings, ShapeCommunities shaping, BrowseProjects projects,
                        ReadOnlineConsultationGuides onlineConsultations, CorrectDirectory corrections,
                        FindCommunityForPlace places, BrowseConsultations consultations, Clock clock) {
        super(new DirectoryRoutes(directory, published, onlineConsultations, consultations),
                new DirectoryApiRoutes(directory, places),
                new CommunityRoutes(directory, published, priorities, teams, meetings, shaping, projects,
                        onlineConsultations, consultations, clock),
                new CommunityApiRoutes(directory, priorities, teams, shaping),
                new CorrectionRoutes(directory, corrections),
                new CorrectionApiRoutes(directory, corrections),
                new PlaceRoutes(places));
    }
}
