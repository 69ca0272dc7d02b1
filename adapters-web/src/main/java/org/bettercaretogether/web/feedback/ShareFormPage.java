package org.bettercaretogether.web.feedback;

import java.util.Arrays;
import java.util.List;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.domain.feedback.ContributorRole;
import org.bettercaretogether.domain.feedback.ViewText;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;

/**
 * The model of the "Share your view" page: the form as filled in, what a view can be about, the ways a person can
 * describe themselves, and the errors of the last attempt.
 */
public record ShareFormPage(ShareForm form, SubjectChoices subjects, FormErrors errors) {

    public static final String HEADING = "Share your view";

    /** Who is giving the view, as the form offers it. */
    private static final List<Choice> ROLES = Arrays.stream(ContributorRole.values())
            .map(role -> new Choice(role.name(), role.title())).toList();

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    public List<Choice> roles() {
        return ROLES;
    }

    public List<Choice> communities() {
        return subjects.of(ViewAbout.Kind.COMMUNITY);
    }

    public List<Choice> workstreams() {
        return subjects.of(ViewAbout.Kind.WORKSTREAM);
    }

    public List<Choice> networks() {
        return subjects.of(ViewAbout.Kind.NETWORK);
    }

    public String maxLength() {
        return Formats.number(ViewText.MAX_LENGTH);
    }

    public int maxLengthValue() {
        return ViewText.MAX_LENGTH;
    }

    @Override
    public String toString() {
        return "ShareFormPage[" + errors.list().size() + " errors]";
    }
}
