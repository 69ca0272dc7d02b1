package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.change.ChangeId;
import org.bettercaretogether.domain.feedback.Feedback;

import java.util.List;

/**
 * A view to write in bulk, with its whole history, and the changes made that it is linked to (the changes exist
 * already).
 */
public record BulkView(Feedback feedback, List<ChangeId> changes) {

    public BulkView {
        changes = List.copyOf(changes);
    }
}
