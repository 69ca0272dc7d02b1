package org.bettercaretogether.web.directory;

import java.util.Optional;
import org.bettercaretogether.domain.shared.Provenance;
import org.bettercaretogether.web.platform.FieldChecks;

/**
 * Where a published fact comes from and whether it has been checked against that source. Unchecked facts are
 * still shown, marked as such, rather than hidden or passed off as certain. Corrections in the staff API send
 * it in the same shape ({@code "verified"} false when left out).
 */
public record SourceDetails(String source, boolean verified) {

    static SourceDetails of(Provenance provenance) {
        return new SourceDetails(provenance.source(), provenance.verified());
    }

    /**
     * The provenance {@code source} gives for the fact at {@code field} (its source at {@code field.source}), or
     * empty with the problem recorded: {@code missing} when there is no source at all.
     */
    static Optional<Provenance> provenance(SourceDetails source, String field, String missing, FieldChecks checks) {
        String path = field + ".source";
        if (!checks.required(field, source, missing) || !checks.required(path, source.source(), missing)) {
            return Optional.empty();
        }
        return checks.check(path, "Source", () -> new Provenance(source.source(), source.verified()));
    }
}
