package org.bettercaretogether.web.meeting;

import java.util.List;
import org.bettercaretogether.application.feedback.ViewsGivenAt;
import org.bettercaretogether.web.platform.PublishedItem;

/**
 * The views given at a public meeting, as the API answers them with the meeting: how many were given, and the
 * published ones ({@link PublishedItem}). Nothing of the others but the count.
 *
 * @param count     every view given at the meeting, published or not
 * @param published the published ones, oldest first
 */
public record MeetingViewsJson(int count, List<PublishedItem> published) {

    public MeetingViewsJson {
        published = List.copyOf(published);
    }

    public static MeetingViewsJson of(ViewsGivenAt given) {
        return new MeetingViewsJson(given.count(), given.published().stream().map(PublishedItem::of).toList());
    }
}
