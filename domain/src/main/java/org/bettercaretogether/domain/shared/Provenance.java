package org.bettercaretogether.domain.shared;

/**
 * Where a fact comes from and whether it has been checked against that source.
 *
 * <p>The programme publishes only what it can stand behind: a fact taken from an official code list is
 * verified; a grouping inferred from several documents, or a postcode area drawn from general geography, is
 * not, and the public pages say so.
 *
 * @param source   the document, code list or person the fact comes from
 * @param verified whether the fact has been confirmed against that source
 */
public record Provenance(String source, boolean verified) {

    public Provenance {
        source = Require.text(source, "source", 500);
    }

    public static Provenance verified(String source) {
        return new Provenance(source, true);
    }

    public static Provenance unverified(String source) {
        return new Provenance(source, false);
    }
}
