package org.bettercaretogether.application.feedback;

import java.util.List;

/** The views given at one meeting: how many, and those the public may read. */
public record ViewsGivenAt(int count, List<PublishedView> published) {

    public ViewsGivenAt {
        published = List.copyOf(published);
    }
}
