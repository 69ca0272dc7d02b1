package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationId;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every consultation the programme has drafted or run, with its questions. */
public interface Consultations {

    /** How many consultations {@link #all} answers at most: far more than the programme runs in years. */
    int MOST_LISTED = 500;

    /** The consultations, the latest to open first, at most {@link #MOST_LISTED}. */
    List<Consultation> all();

    Optional<Consultation> find(ConsultationId id);

    Optional<Consultation> findBySlug(Slug slug);

    /** The consultation that is a new version of {@code id}, if one was made (there is one at most). */
    Optional<Consultation> newerVersionOf(ConsultationId id);

    /**
     * Stores a new consultation at version 1; its slug must be free ({@link #findBySlug} first), and so must the
     * consultation it replaces, if any ({@link #newerVersionOf} first).
     */
    Consultation add(Consultation consultation);

    /**
     * Stores a changed consultation if both its version and the moment of its first answer are those stored (so no
     * change based on a reading from before the first answer lands after it); empty otherwise. The moment of the first
     * answer itself is never written here, only by {@link #markAnswered}.
     */
    Optional<Consultation> update(Consultation consultation);

    /**
     * Notes that an answer to the consultation read at {@code version} arrived at {@code at}, if none had before; answers
     * whether the consultation still stands at that version (false means it changed since it was read, and the answer
     * must not be kept, for it may not fit the questions as they now are).
     */
    boolean markAnswered(ConsultationId id, long version, Instant at);
}
