package org.bettercaretogether.application.feedback;

import java.util.List;
import java.util.Optional;

/** One page of published views, and the cursor of the next page when there is one. */
public record PublishedPage(List<PublishedView> items, Optional<String> next) {
}
