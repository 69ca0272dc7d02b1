package org.bettercaretogether.application.consultation;

import org.bettercaretogether.domain.consultation.Consultation;
import org.bettercaretogether.domain.consultation.ConsultationState;

import java.util.Optional;

/**
 * The consultations either side of one: the {@code earlier} one it is a new version of, and the {@code newer} one
 * made from it, each if there is one, with its state when read. Answers given to each are counted in its own results.
 */
public record ConsultationVersions(Optional<Version> earlier, Optional<Version> newer) {

    /** Another version of a consultation, and where it stands. */
    public record Version(Consultation consultation, ConsultationState state) {
    }

    /** Only those the public may see: a newer version still a draft is not mentioned. */
    ConsultationVersions onlyPublic() {
        return new ConsultationVersions(earlier.filter(version -> version.state().isPublic()),
                newer.filter(version -> version.state().isPublic()));
    }
}
