package org.bettercaretogether.application.search;

import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.shared.Slug;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One result of a search: a public record and the passages of it that match.
 *
 * @param id         the record's id (a view's, a change's, a meeting's...)
 * @param title      its heading, for the kinds that have one (a view has none)
 * @param text       the passage of its main text around the words searched for
 * @param answer     for a view, the passage of its published answer, when the answer holds words searched for; for a
 *                   meeting, of its notes afterwards
 * @param community  the community it belongs to, if any
 * @param respondent who gave it, for a view
 * @param dated      when it was published, made, held or last changed
 */
public record SearchHit(SearchKind kind, UUID id, Optional<String> title, Snippet text, Optional<Snippet> answer,
                        Optional<Community> community, Optional<ContributorRole> respondent, Instant dated) {

    /** The community a result belongs to, by its address and its name. */
    public record Community(Slug slug, String name) {
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dated, "dated");
    }
}
