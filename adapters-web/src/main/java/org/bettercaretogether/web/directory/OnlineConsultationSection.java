package org.bettercaretogether.web.directory;

import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.domain.community.CommunityId;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * New ways to see a clinician, as a community's page shows them: the community's guide to the online and video
 * consultations its GP practices offer, in paragraphs, with the link to the NHS's own service ({@code paragraphs}
 * empty and {@code nhsHref} null while staff have written none); and, on the Out of Hospital workstream's page, the
 * communities that have a guide, each linked to it. Either way the page says, next to the link, that this site never
 * takes clinical details.
 */
public record OnlineConsultationSection(String name, List<String> paragraphs, String nhsHref,
                                        List<Link> communities) {

    /** The workstream whose page lists the communities' guides. */
    static final Slug OUT_OF_HOSPITAL = new Slug("out-of-hospital-care");

    /** The id of the section on a community's page, for links to it. */
    static final String ANCHOR = "online-consultations";

    public OnlineConsultationSection {
        paragraphs = List.copyOf(paragraphs);
        communities = List.copyOf(communities);
    }

    /** A community with a guide, and the address of the guide on its page. */
    public record Link(String name, String href) {
    }

    static OnlineConsultationSection community(ReadOnlineConsultationGuides guides, CommunityId community,
                                               String name) {
        return guides.guide(community).map(guide -> new OnlineConsultationSection(name, guide.paragraphs(),
                guide.nhsService().toString(), List.of()))
                .orElseGet(() -> new OnlineConsultationSection(name, List.of(), null, List.of()));
    }

    /** The communities with a guide, by name, for the Out of Hospital workstream; null for any other workstream. */
    static OnlineConsultationSection workstream(ReadOnlineConsultationGuides guides, List<CommunityProfile> all,
                                                String slug) {
        if (!OUT_OF_HOSPITAL.value().equals(slug)) {
            return null;
        }
        Map<CommunityId, OnlineConsultationGuide> written = guides.all().stream()
                .collect(Collectors.toMap(OnlineConsultationGuide::community, guide -> guide));
        return new OnlineConsultationSection(null, List.of(), null, all.stream()
                .filter(profile -> written.containsKey(profile.community().id()))
                .map(profile -> new Link(profile.community().name(), "/communities/" + profile.community().slug()
                        + "#" + ANCHOR)).toList());
    }

    public boolean written() {
        return nhsHref != null;
    }
}
