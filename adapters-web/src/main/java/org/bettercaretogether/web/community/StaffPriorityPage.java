package org.bettercaretogether.web.community;

import java.util.List;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of {@code /staff/priorities/{id}}: one priority as staff read it, with its status steps and history, and
 * the forms that move it to another status, move it in the ranking and revise it. {@code errors} holds the errors of
 * whichever form was sent back.
 *
 * @param summary  the priority as it stands
 * @param form     the values of the form that revises it
 * @param choices  what its forms offer
 * @param move     the values of the form that moves it to another status
 * @param rank     the rank as typed in the form that moves it in the ranking
 */
public record StaffPriorityPage(Summary summary, StaffPriorityForm form, Choices choices, Move move, String rank,
                                FormErrors errors, String notice) {

    /**
     * A priority as it stands: where it belongs, its rank among {@code of}, its status since a day, what it serves,
     * its theme ("None" without one) and owner, its status steps and its history, each in words.
     */
    public record Summary(String id, String version, String community, String communityHref, int rank, int of,
                          String title, String description, String rationale, String status, String statusClass,
                          String statusSince, List<String> serves, String theme, String owner, List<String> steps,
                          List<Event> history) {
    }

    /** One change in the history: when (UK time) and what. */
    public record Event(String when, String what) {
    }

    /** The choices of the priority's forms: the triple aim, the themes, the partners and the other statuses. */
    public record Choices(List<Choice> dimensions, List<Choice> themes, List<Choice> owners, List<Choice> statuses) {
    }

    /** The status form's values: the status chosen and the day. */
    public record Move(String status, StaffDates on) {
    }

    public String title() {
        return errors.isEmpty() ? summary.title() : "Error: " + summary.title();
    }

    public String action() {
        return StaffPriorityRoutes.PAGES + "/" + summary.id();
    }
}
