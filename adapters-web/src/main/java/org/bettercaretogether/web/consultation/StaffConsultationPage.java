package org.bettercaretogether.web.consultation;

import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the staff consultation pages. {@code consultation} is null on the page that drafts a new one; on a
 * consultation's own page, the forms it allows now: its questions while they may change ({@code questionsOpen}),
 * scheduling a draft, extending the closing (until results are published), closing early (while open) and publishing
 * the results (once closed); {@code earlier} and {@code newer} are the versions either side of it, if any (a
 * scheduled one without a newer version offers to make one). One form at a time is answered with errors:
 * {@code failed} names it, {@code form} holds what was typed and {@code errors} what was wrong.
 */
public record StaffConsultationPage(Summary consultation, List<QuestionRow> questions, boolean questionsOpen,
                                    Link earlier, Link newer, StaffConsultationForm form, String failed,
                                    FormErrors errors, Choices choices, String notice) {

    /** The forms of a consultation's page, by the name {@code failed} gives them. */
    public static final String QUESTION = "questions";
    public static final String SCHEDULE = "schedule";
    public static final String EXTEND = "extend";
    public static final String CLOSE_EARLY = "close-early";
    public static final String RESULTS = "results";
    public static final String NEW_VERSION = "new-version";

    public StaffConsultationPage {
        questions = List.copyOf(questions);
    }

    /** A consultation as its staff page sums it up: times in words, the state as a tag. */
    public record Summary(String id, long version, String slug, String title, String state, String stateTag,
                          String about, String runBy, String opens, String closes, boolean draft, boolean open,
                          boolean closed, boolean published, String publicPage) {
    }

    /** Another version of the consultation: its staff page, title and address. */
    public record Link(String href, String title, String slug) {
    }

    /** A question as its page lists it, in order. */
    public record QuestionRow(String id, String text, String kind, boolean required, String help,
                              List<String> options) {
    }

    /** What the forms offer to choose from, by slug or id. */
    public record Choices(List<Choice> communities, List<Choice> workstreams, List<Choice> networks,
                          List<Choice> partners, List<Choice> kinds, List<Choice> topics) {
    }

    /** A consultation in the list of every one, drafts included. */
    public record Row(String href, String title, String state, String stateTag, String opens, String closes) {
    }

    public String title() {
        String heading = consultation == null ? "Draft a consultation" : consultation.title();
        return errors.isEmpty() ? heading : "Error: " + heading;
    }

    /** The errors of the form called {@code name}, if it is the one that failed. */
    public FormErrors errorsOf(String name) {
        return name.equals(failed) ? errors : FormErrors.none();
    }

    /** What was typed in the form called {@code name}, if it is the one shown again; an empty form otherwise. */
    public StaffConsultationForm formOf(String name) {
        return name.equals(failed) ? form : StaffConsultationForm.empty();
    }
}
