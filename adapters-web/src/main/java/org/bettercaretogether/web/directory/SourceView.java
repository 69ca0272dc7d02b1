package org.bettercaretogether.web.directory;

import org.bettercaretogether.domain.shared.Provenance;

/**
 * Where a published fact comes from and whether it has been checked against that source. Unchecked facts are
 * still shown, marked as such, rather than hidden or passed off as certain.
 */
public record SourceView(String source, boolean verified) {

    static SourceView of(Provenance provenance) {
        return new SourceView(provenance.source(), provenance.verified());
    }
}
