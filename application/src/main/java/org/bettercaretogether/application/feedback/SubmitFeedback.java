package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.IdempotencyKey;
import org.bettercaretogether.application.shared.Outcome;

import java.util.Optional;

/** A member of the public gives their view, without an account. */
public interface SubmitFeedback {

    /**
     * Receives a view. With an idempotency key, a retry of the same request answers the first receipt again (marked
     * replayed) and creates nothing; the same key with a different request is refused as invalid input.
     */
    Outcome<SubmissionReceipt> submit(ShareAView view, Optional<IdempotencyKey> key);

    /**
     * Why a view could not be about {@code about}, if it could not: the same problem {@link #submit} would give (a
     * community, workstream or network that does not exist, or a community merged into another), against the field
     * {@code slug}. For forms that list every problem at once, before the rest of the view can be made.
     */
    Optional<FieldProblem> subjectProblem(ViewAbout about);
}
