package org.bettercaretogether.domain.consultation;

import org.bettercaretogether.domain.shared.Require;

import java.time.Instant;

/** The staff's summary of what a closed consultation heard, and when it was published. Once published, for good. */
public record PublishedResults(String summary, Instant publishedAt) {

    public PublishedResults {
        summary = Require.text(summary, "summary", 10_000);
        Require.present(publishedAt, "publishedAt");
    }
}
