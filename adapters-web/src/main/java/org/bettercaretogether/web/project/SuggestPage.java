package org.bettercaretogether.web.project;

import org.bettercaretogether.domain.meeting.AccessFeature;
import org.bettercaretogether.domain.project.JoiningRoute;
import org.bettercaretogether.domain.project.Organiser;
import org.bettercaretogether.domain.project.ProjectCategory;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The model of {@code /projects/suggest}: the form as filled in, the choices it offers, and its errors. */
public record SuggestPage(SuggestForm form, List<Choice> communities, FormErrors errors) {

    public static final String HEADING = "Suggest a community project";

    public SuggestPage {
        communities = List.copyOf(communities);
    }

    public String title() {
        return errors.isEmpty() ? HEADING : "Error: " + HEADING;
    }

    public List<Choice> categories() {
        return Arrays.stream(ProjectCategory.values()).map(kind -> new Choice(kind.name(), kind.title())).toList();
    }

    public List<Choice> organiserKinds() {
        return Arrays.stream(Organiser.Kind.values()).map(kind -> new Choice(kind.name(), kind.title())).toList();
    }

    public List<Choice> accessFeatures() {
        return Arrays.stream(AccessFeature.values()).map(kind -> new Choice(kind.name(), kind.title())).toList();
    }

    public List<Choice> days() {
        return ProjectRoutes.DAYS;
    }

    public List<Choice> ways() {
        return Arrays.stream(JoiningRoute.Way.values()).map(way -> new Choice(way.name(), way.title())).toList();
    }

    /** The days of the week as a select offers them: Monday first. */
    static List<Choice> weekdays() {
        return Arrays.stream(DayOfWeek.values()).map(day -> new Choice(day.name().toLowerCase(Locale.ROOT),
                day.getDisplayName(TextStyle.FULL, Locale.UK))).toList();
    }
}
