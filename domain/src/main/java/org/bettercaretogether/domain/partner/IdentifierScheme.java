package org.bettercaretogether.domain.partner;

/** A public code list that gives organisations their identifiers. */
public enum IdentifierScheme {
    /** NHS Organisation Data Service codes, such as RTX for University Hospitals of Morecambe Bay. */
    ODS("NHS ODS code"),
    /** Government Statistical Service codes for areas and their councils, such as E10000017 for Lancashire. */
    GSS("GSS code");

    private final String description;

    IdentifierScheme(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
