package org.bettercaretogether.domain.consultation;

/**
 * What an "about you" question asks, so that results can be counted by it: in what capacity the person answers (the
 * same list as views), which Integrated Care Community they live in, or the district of their postcode.
 */
public enum AboutYouTopic {
    RESPONDENT_TYPE("In what capacity are you responding?"),
    COMMUNITY("Which Integrated Care Community do you live in?"),
    POSTCODE_DISTRICT("What is the first half of your postcode?");

    private final String usualWording;

    AboutYouTopic(String usualWording) {
        this.usualWording = usualWording;
    }

    /** How the question is usually put. */
    public String usualWording() {
        return usualWording;
    }
}
