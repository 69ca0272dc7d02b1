package org.bettercaretogether.application.feedback;

import org.bettercaretogether.application.shared.Outcome;

/** A person follows their view by the private link they were given, without an account. */
public interface TrackFeedback {

    /** The view behind a tracking token; not found for any token that does not match one exactly. */
    Outcome<TrackedView> track(String token);
}
