package org.bettercaretogether.application.consultation;

import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.consultation.Question;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Instant;
import java.util.List;

/**
 * Engagement officers and administrators run consultations: draft one, set its questions until the first answer
 * locks them (then make a new version to ask changed ones), schedule it, extend its closing or close it
 * early (each with a reason the public is shown), and publish its results once it has closed. Every step is audited.
 */
public interface RunConsultations {

    /** Every consultation, drafts included, the latest to open first. */
    Outcome<List<ConsultationSummary>> all(Actor actor);

    Outcome<ConsultationSummary> consultation(Actor actor, ConsultationId id);

    /** Drafts a consultation; refused if its slug is taken or it names an unknown subject or partner. */
    Outcome<ConsultationSummary> draft(Actor actor, ConsultationDraft draft);

    /** Changes a draft; refused once it is scheduled. */
    Outcome<ConsultationSummary> redraft(Actor actor, ConsultationId id, long version, ConsultationDraft draft);

    /**
     * Asks {@code questions} instead, in their order; refused once the first answer has arrived (the questions are
     * then locked, and changed questions need a new consultation).
     */
    Outcome<ConsultationSummary> changeQuestions(Actor actor, ConsultationId id, long version,
                                                 List<Question> questions);

    /**
     * Drafts a new version of the scheduled consultation {@code id} at {@code slug}: a copy saying which consultation
     * it replaces, whose questions, wording and times staff then change before scheduling it. Refused for a draft
     * (409), for a consultation that already has a newer version (409) and for a slug taken (422).
     */
    Outcome<ConsultationSummary> newVersion(Actor actor, ConsultationId id, long version, Slug slug);

    /** The consultation {@code id} is a new version of, and its own new version (a draft too), each if there is one. */
    Outcome<ConsultationVersions> versions(Actor actor, ConsultationId id);

    /** Makes a draft public, to open and close at its times. */
    Outcome<ConsultationSummary> schedule(Actor actor, ConsultationId id, long version);

    /** Moves the closing later, for a reason the public is shown; never once results are published. */
    Outcome<ConsultationSummary> extend(Actor actor, ConsultationId id, long version, Instant closesAt, String reason);

    /** Closes an open consultation now, for a reason the public is shown. */
    Outcome<ConsultationSummary> closeEarly(Actor actor, ConsultationId id, long version, String reason);

    /** Publishes the staff's summary of a closed consultation's results. */
    Outcome<ConsultationSummary> publishResults(Actor actor, ConsultationId id, long version, String summary);

    /** The results of any consultation that has closed, before or after they are published. */
    Outcome<ConsultationResults> results(Actor actor, ConsultationId id);
}
