package org.bettercaretogether.domain.partner;

/** What sort of organisation a partner is. */
public enum PartnerKind {
    ACUTE_HOSPITAL_TRUST("Acute hospital trust"),
    COMMUNITY_TRUST("Community health trust"),
    MENTAL_HEALTH_TRUST("Mental health trust"),
    COMMUNITY_AND_MENTAL_HEALTH_TRUST("Community and mental health trust"),
    AMBULANCE_SERVICE("Ambulance service"),
    LOCAL_AUTHORITY("Local authority"),
    CLINICAL_COMMISSIONING_GROUP("Clinical commissioning group"),
    PRIMARY_CARE_FEDERATION("Primary care federation");

    private final String description;

    PartnerKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
