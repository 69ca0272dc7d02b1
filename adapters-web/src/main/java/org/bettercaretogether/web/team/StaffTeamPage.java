package org.bettercaretogether.web.team;

import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;

/**
 * The model of the team editor, {@code /staff/communities/{slug}/team}: the team as stored (its lines and totals, in
 * words) and the form that replaces it, with the professions and partners to choose from.
 *
 * @param professions the professions in use, and any out of use that a row already has
 * @param employers   the partners
 */
public record StaffTeamPage(String community, String slug, List<Row> team, String headcount,
                            String wholeTimeEquivalents, String asOf, StaffTeamForm form, List<Choice> professions,
                            List<Choice> employers, FormErrors errors, String notice) {

    public StaffTeamPage {
        team = List.copyOf(team);
        professions = List.copyOf(professions);
        employers = List.copyOf(employers);
    }

    /** A line of the team as stored, in words ("Not given" for a count not given). */
    public record Row(String profession, String employer, String headcount, String wholeTimeEquivalents) {
    }

    public String heading() {
        return "Team of " + community;
    }

    public String title() {
        return errors.isEmpty() ? heading() : "Error: " + heading();
    }

    public String action() {
        return StaffTeamRoutes.pageOf(slug);
    }

    public String back() {
        return StaffTeamRoutes.COMMUNITY_PAGES + "/" + slug;
    }

    /** The field name of row {@code row}'s {@code member}. */
    public String field(int row, String member) {
        return StaffTeamForm.field(row, member);
    }
}
