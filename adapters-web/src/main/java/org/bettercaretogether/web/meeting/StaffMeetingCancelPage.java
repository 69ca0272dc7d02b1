package org.bettercaretogether.web.meeting;

/**
 * The model of the page that asks a member of staff to confirm cancelling a meeting: the meeting, when it is, how many
 * people registered will be emailed, and the values the confirming form sends again.
 */
public record StaffMeetingCancelPage(String id, String title, String when, int told, String version, String reason) {

    public String heading() {
        return "Cancel " + title + "?";
    }

    public String action() {
        return StaffMeetingRoutes.PAGES + "/" + id + "/cancel";
    }

    public String back() {
        return StaffMeetingRoutes.PAGES + "/" + id;
    }
}
