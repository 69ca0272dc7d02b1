package org.bettercaretogether.web.moderation;

import java.util.List;

/**
 * The bodies of the staff API's changes to a view ({@code POST /api/v1/staff/feedback/{id}/...}). Each quotes the
 * {@code version} of the view it was made on: a change to a view someone else changed since is refused (409).
 */
public final class ViewChanges {

    private ViewChanges() {
    }

    /** {@code /publish}: the text the public may read, free of personal details. */
    public record Publish(Long version, String publicText) {
    }

    /** {@code /withhold}: a {@code reason} such as {@code ABUSIVE} or {@code NO_CONSENT}, and an optional note. */
    public record Withhold(Long version, String reason, String note) {
    }

    /** {@code /themes}: the ids of the view's themes, replacing those it had. */
    public record Themes(Long version, List<String> themes) {
    }

    /** {@code /assign}: the id of the partner organisation that is to answer. */
    public record Assign(Long version, String partner) {
    }

    /** {@code /safeguarding}: why the view shows someone may be at risk (for staff only). */
    public record Safeguarding(Long version, String note) {
    }

    /** {@code /response}: the official answer of the responder's organisation. */
    public record Answer(Long version, String text) {
    }

    /** {@code /close}: the reason, required when the view has not been answered. */
    public record Close(Long version, String reason) {
    }
}
