package org.bettercaretogether.web.directory;

import java.util.List;
import org.bettercaretogether.application.directory.WorkstreamProfile;
import org.bettercaretogether.domain.workstream.Workstream;

/**
 * A workstream of the service review: what it looks at, where that care is given, how far it has come and
 * the partners taking part. {@code lead} is absent when no lead partner is recorded.
 */
public record WorkstreamDetails(String id, String slug, String name, String scope, List<Setting> careSettings,
                             Phase phase, PartnerDetails.Reference lead, List<PartnerDetails.Reference> involved,
                             Links links) {

    static final String API = "/api/v1/workstreams";
    static final String PAGES = "/workstreams";

    /** A place where care is given: its code and how the programme says it. */
    public record Setting(String setting, String description) {
    }

    /** How far the workstream has come: its code and how the programme says it. */
    public record Phase(String phase, String description) {
    }

    static WorkstreamDetails of(WorkstreamProfile profile) {
        Workstream workstream = profile.workstream();
        return new WorkstreamDetails(workstream.id().toString(), workstream.slug().value(), workstream.name(),
                workstream.scope(),
                workstream.careSettingsInOrder().stream().map(s -> new Setting(s.name(), s.description())).toList(),
                new Phase(workstream.phase().name(), workstream.phase().description()),
                profile.lead().map(PartnerDetails::reference).orElse(null),
                profile.involved().stream().map(PartnerDetails::reference).toList(),
                new Links(API + "/" + workstream.slug(), PAGES + "/" + workstream.slug()));
    }
}
