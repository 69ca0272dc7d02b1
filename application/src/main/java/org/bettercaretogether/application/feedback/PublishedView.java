package org.bettercaretogether.application.feedback;

import org.bettercaretogether.domain.feedback.FeedbackReference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A view as the public sees it: only its moderated text, never the original words or the person's details.
 *
 * @param about       the name of the community, workstream or network, or the programme's name
 * @param aboutKind   {@code programme}, {@code community}, {@code workstream} or {@code network}
 * @param aboutSlug   the slug of the community, workstream or network
 * @param publishedAt when it was published, also its position for the next page
 */
public record PublishedView(FeedbackReference reference, String aboutKind, Optional<String> aboutSlug, String about,
                            String givenAs, LocalDate receivedOn, Instant publishedAt, String text,
                            List<String> themes, Optional<PublishedAnswer> answer) {
}
