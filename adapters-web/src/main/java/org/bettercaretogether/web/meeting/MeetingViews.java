package org.bettercaretogether.web.meeting;

import java.util.List;
import org.bettercaretogether.application.feedback.ViewsGivenAt;
import org.bettercaretogether.web.platform.ViewCard;
import org.bettercaretogether.web.platform.Formats;

/**
 * What a public meeting's page shows of the views given at it: how many were given, and those published, as cards
 * with their answers. Of the others nothing but that they were counted.
 *
 * <pre>{@code
 * MeetingViews.of(published.givenAt(meetingId))
 * }</pre>
 * and in the template {@code @template.feedback.meeting-views(views = views)}.
 *
 * @param count every view given at the meeting, published or not
 * @param views the published ones
 */
public record MeetingViews(int count, List<ViewCard> views) {

    public static final String HEADING = "What people said at this meeting";

    public MeetingViews {
        views = List.copyOf(views);
    }

    public static MeetingViews of(ViewsGivenAt given) {
        return new MeetingViews(given.count(), given.published().stream().map(ViewCard::of).toList());
    }

    /** "1 view was given at this meeting", "12 views were given at this meeting". */
    public String countText() {
        return switch (count) {
            case 0 -> "No views given at this meeting have been recorded yet";
            case 1 -> "1 view was given at this meeting";
            default -> Formats.number(count) + " views were given at this meeting";
        };
    }
}
