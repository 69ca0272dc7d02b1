package org.bettercaretogether.domain.feedback;

/** Why a moderator kept a view from the public. A withheld view is still counted, and may still be answered. */
public enum WithholdReason {
    NO_CONSENT("No consent to publish"),
    PERSONAL_DETAILS("Contains personal details that cannot be removed"),
    ABUSIVE("Abusive or offensive"),
    OFF_TOPIC("Not about the programme"),
    DUPLICATE("A duplicate of another view"),
    SAFEGUARDING("A safeguarding concern");

    private final String title;

    WithholdReason(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
