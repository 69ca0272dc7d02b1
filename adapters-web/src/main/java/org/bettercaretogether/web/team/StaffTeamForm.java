package org.bettercaretogether.web.team;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.team.TeamDraft;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.team.ProfessionId;
import org.bettercaretogether.domain.team.TeamRole;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of the team editor as the person sees them: one row per line of the team (a profession, its employer, a
 * headcount, whole-time equivalents), with {@value #BLANK_ROWS} blank rows to add lines, and the day the figures
 * describe. A row left blank is ignored, so a line is taken out by emptying its row. Rows are numbered from 0 in the
 * field names ({@code roles-2-headcount}) and from 1 for people ("line 3").
 */
public record StaffTeamForm(String version, StaffDates asOf, List<Line> lines) {

    /** How many blank rows the editor offers for new lines. */
    static final int BLANK_ROWS = 3;
    /** The most rows read from a form: more than any community's team has. */
    private static final int MOST_ROWS = 200;
    static final String AS_OF = "as-of";
    private static final Pattern ROW = Pattern.compile("roles-([0-9]{1,3})-.*");
    private static final Pattern ROLE = Pattern.compile("roles\\[([0-9]+)]\\.?(.*)");

    public StaffTeamForm {
        lines = List.copyOf(lines);
    }

    /** One row as typed. */
    public record Line(String profession, String employer, String headcount, String wholeTimeEquivalents) {

        static final Line BLANK = new Line("", "", "", "");

        boolean blank() {
            return profession.isEmpty() && employer.isEmpty() && headcount.isEmpty() && wholeTimeEquivalents.isEmpty();
        }
    }

    /** The editor filled from the team as stored, dated as it is (or {@code today} for a team not described yet). */
    static StaffTeamForm of(TeamSummary team, LocalDate today) {
        List<Line> lines = new ArrayList<>(team.lines().stream().map(line -> new Line(line.professionId(),
                line.employerId(), line.headcount().map(String::valueOf).orElse(""),
                line.wholeTimeEquivalents().map(BigDecimal::toPlainString).orElse(""))).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            lines.add(Line.BLANK);
        }
        return new StaffTeamForm(Long.toString(team.version()), StaffDates.of(team.asOf().orElse(today)), lines);
    }

    static StaffTeamForm read(Context ctx) {
        int rows = 0;
        for (String name : ctx.formParamMap().keySet()) {
            Matcher row = ROW.matcher(name);
            if (row.matches()) {
                rows = Math.max(rows, Math.min(MOST_ROWS, Integer.parseInt(row.group(1)) + 1));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            lines.add(new Line(Requests.field(ctx, field(i, "profession")), Requests.field(ctx, field(i, "employer")),
                    Requests.field(ctx, field(i, "headcount")), Requests.field(ctx, field(i, "whole-time-equivalents"))));
        }
        return new StaffTeamForm(Requests.field(ctx, StaffTeamBody.VERSION), StaffDates.read(ctx, AS_OF), lines);
    }

    /** The name (and id) of a field of row {@code row}: {@code roles-2-headcount}. */
    public static String field(int row, String member) {
        return "roles-" + row + "-" + member;
    }

    /**
     * The team the rows describe, blank rows left out, or every problem at once; {@code rowOfRole} learns the row of
     * each line kept, to name the row of a line the application refuses.
     */
    Outcome<TeamDraft> draft(FieldChecks checks, List<Integer> rowOfRole) {
        List<TeamRole> roles = new ArrayList<>();
        for (int row = 0; row < lines.size(); row++) {
            Line line = lines.get(row);
            if (line.blank()) {
                continue;
            }
            String at = StaffTeamBody.ROLES + "[" + row + "].";
            String where = " in line " + (row + 1);
            Optional<ProfessionId> profession = chosen(checks, at + "profession", line.profession(),
                    "Select the profession" + where, ProfessionId::parse);
            Optional<PartnerId> employer = chosen(checks, at + "employer", line.employer(),
                    "Select the employer" + where, PartnerId::parse);
            Optional<Integer> headcount = Optional.empty();
            if (!line.headcount().isEmpty()) {
                if (line.headcount().matches("[0-9]{1,6}")) {
                    headcount = Optional.of(Integer.parseInt(line.headcount()));
                } else {
                    checks.add(at + "headcount", "Headcount" + where + " must be a whole number, like 3");
                }
            }
            Optional<BigDecimal> wholeTimeEquivalents = Optional.empty();
            if (!line.wholeTimeEquivalents().isEmpty()) {
                if (line.wholeTimeEquivalents().matches("[0-9]{1,6}(\\.[0-9]{1,6})?")) {
                    wholeTimeEquivalents = Optional.of(new BigDecimal(line.wholeTimeEquivalents()));
                } else {
                    checks.add(at + "wholeTimeEquivalents", "Whole-time equivalents" + where
                            + " must be a number, like 2.5");
                }
            }
            if (checks.has(at + "headcount") || checks.has(at + "wholeTimeEquivalents")) {
                continue;
            }
            Optional<TeamRole> role = StaffTeamBody.role(checks, at, profession, employer, headcount,
                    wholeTimeEquivalents, where);
            if (role.isPresent()) {
                roles.add(role.get());
                rowOfRole.add(row);
            }
        }
        Optional<LocalDate> day = asOf.date(checks, AS_OF, "the date the figures describe");
        return checks.outcome(() -> new TeamDraft(roles, day.orElseThrow()));
    }

    private static <T> Optional<T> chosen(FieldChecks checks, String field, String value, String missing,
                                          Function<String, T> parse) {
        if (!checks.required(field, value, missing)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (InvalidValueException notAnId) {
            checks.add(field, missing + " from the list");
            return Optional.empty();
        }
    }

    /** The errors of {@code rejection} against the rows of the form, in page order (see {@link #inRows}). */
    static FormErrors errors(Rejection rejection, List<Integer> rowOfRole) {
        return FormErrors.onFields(inRows(rejection, rowOfRole, AS_OF), StaffTeamBody.ROLES)
                .inOrder(List.of(StaffTeamBody.ROLES, AS_OF));
    }

    /**
     * The problems of {@code rejection} in words, each against its line: the application numbers the lines it was
     * given, so a line it refuses is put back against its row ({@code rowOfRole}; the same number when it has none)
     * and named by its line ("The profession in line 3 must be..."); the day is named {@code asOfField}.
     */
    static Rejection inRows(Rejection rejection, List<Integer> rowOfRole, String asOfField) {
        if (!(rejection instanceof Rejection.InvalidInput invalid)) {
            return rejection;
        }
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> {
            Matcher role = ROLE.matcher(problem.field());
            if (role.matches()) {
                int index = Integer.parseInt(role.group(1));
                int row = index < rowOfRole.size() ? rowOfRole.get(index) : index;
                String member = role.group(2).isEmpty() ? "profession" : role.group(2);
                String label = switch (member) {
                    case "profession" -> "The profession";
                    case "employer" -> "The employer";
                    case "wholeTimeEquivalents" -> "Whole-time equivalents";
                    default -> "Headcount";
                };
                return new FieldProblem(StaffTeamBody.ROLES + "[" + row + "]." + member,
                        FieldChecks.words(label + " in line " + (row + 1), problem.problem()));
            }
            if (problem.field().equals(StaffTeamBody.ROLES)) {
                return new FieldProblem(StaffTeamBody.ROLES, "Give each profession once for each employer: "
                        + "put the people of one profession with one employer on one line");
            }
            if (problem.field().equals(StaffTeamBody.AS_OF) || problem.field().equals(AS_OF)) {
                return new FieldProblem(asOfField, FieldChecks.words("The date", problem.problem()));
            }
            return problem;
        }).toList());
    }
}
