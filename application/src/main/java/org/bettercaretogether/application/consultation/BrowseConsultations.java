package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.AboutYouTopic;
import org.bettercaretogether.domain.consultation.Option;
import org.bettercaretogether.domain.shared.Slug;

import java.util.List;

/** What anyone may read of consultations: those scheduled (never drafts), one of them, and the results of a closed one. */
public interface BrowseConsultations {

    /** The scheduled consultations: open ones first (closing soonest first), then upcoming (opening soonest first), then closed (latest closed first). */
    List<ConsultationSummary> consultations();

    /**
     * The consultations about {@code about} (the programme, or one community, workstream or network) that are open or
     * coming up, in the order of {@link #consultations}: where a person meets them, on that place's page and in its
     * calendar feed.
     */
    List<ConsultationSummary> stillToClose(ViewAbout about);

    /** The scheduled consultation at {@code slug}. */
    Outcome<ConsultationSummary> consultation(Slug slug);

    /**
     * The consultations either side of the scheduled consultation at {@code slug}: the one it is a new version of, and
     * its own new version once that is scheduled.
     */
    Outcome<ConsultationVersions> versions(Slug slug);

    /** The results of the consultation at {@code slug}, once it has closed; refused as a conflict before. */
    Outcome<ConsultationResults> results(Slug slug);

    /**
     * The answers an "about you" question on {@code topic} offers: the respondent types by code, the communities by
     * slug, or none for a postcode district, which is typed.
     */
    List<Option> aboutYouOptions(AboutYouTopic topic);
}
