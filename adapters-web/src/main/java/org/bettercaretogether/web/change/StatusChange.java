package org.bettercaretogether.web.change;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.shared.FieldProblem;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.change.ChangeStatus;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * Moving a change on: what {@code POST /api/v1/staff/changes/{id}/status} takes ({@code {"version": 2, "status":
 * "MADE", "day": "2026-03-12"}}; without a day, today in the UK) and what the form on {@code /staff/changes/{id}}
 * holds ({@link Form}).
 */
public record StatusChange(Long version, String status, LocalDate day) {

    static final String STATUS = "status";
    static final String DAY = "day";

    /** The version a request of the API must quote. */
    long version(FieldChecks checks) {
        return checks.version(ChangeBody.VERSION, version, "change");
    }

    /** The status asked for, or empty with the problem recorded. */
    Optional<ChangeStatus> next(FieldChecks checks) {
        if (!checks.required(STATUS, status, "Give the status the change has reached: IN_PROGRESS or MADE")) {
            return Optional.empty();
        }
        Optional<ChangeStatus> found = Arrays.stream(ChangeStatus.values())
                .filter(known -> known.name().equals(status)).findFirst();
        if (found.isEmpty()) {
            checks.add(STATUS, "Status must be one of " + String.join(", ",
                    Arrays.stream(ChangeStatus.values()).map(Enum::name).toList()));
        }
        return found;
    }

    /**
     * The problems of moving a change on, worded for the form or the API: the day a step is dated is the one field
     * the person gave, whichever date the domain says it breaks.
     */
    static Rejection worded(Rejection rejection) {
        if (!(rejection instanceof Rejection.InvalidInput invalid)) {
            return rejection;
        }
        Map<String, String> dates = Map.of(DAY, "The date", "startedOn", "The date it started",
                "madeOn", "The date it was made");
        return new Rejection.InvalidInput(invalid.problems().stream().map(problem -> !dates.containsKey(problem.field())
                || Character.isUpperCase(problem.problem().charAt(0)) ? problem
                : new FieldProblem(DAY, dates.get(problem.field()) + " " + problem.problem())).toList());
    }

    /**
     * The status form's values as the person sees them: the next status (one of the radios) and the day as day,
     * month and year, with the version of the change it was read at.
     */
    public record Form(String version, String status, String day, String month, String year) {

        /** The field ids, in the order the page shows them. */
        static final List<String> FIELDS = List.of(STATUS, DAY);

        /** The empty form: no status chosen, dated today. */
        static Form of(long version, LocalDate today) {
            return new Form(Long.toString(version), "", Integer.toString(today.getDayOfMonth()),
                    Integer.toString(today.getMonthValue()), Integer.toString(today.getYear()));
        }

        static Form read(Context ctx) {
            return new Form(Requests.field(ctx, ChangeBody.VERSION), Requests.field(ctx, STATUS),
                    Requests.field(ctx, DAY + "-day"), Requests.field(ctx, DAY + "-month"),
                    Requests.field(ctx, DAY + "-year"));
        }

        /** The request the form stands for; a date that is not one is a problem of its field. */
        StatusChange request(FieldChecks checks) {
            Long read = version.matches("[0-9]{1,18}") ? Long.parseLong(version) : null;
            if (read == null) {
                checks.add(STATUS, "The form has no valid version of the change: reload the page and try again");
            }
            if (status.isEmpty()) {
                checks.add(STATUS, "Select what has happened to the change");
            }
            LocalDate date = null;
            if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
                checks.add(DAY, "Enter the date, like 12 3 2026");
            } else {
                try {
                    date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
                } catch (NumberFormatException | DateTimeException notADate) {
                    checks.add(DAY, "The date must be a real date, with a day, month and year, like 12 3 2026");
                }
            }
            return new StatusChange(read, status.isEmpty() ? null : status, date);
        }

        /** The errors of {@code rejection} against this form's fields, in page order. */
        static FormErrors errors(Rejection rejection) {
            return FormErrors.onFields(worded(rejection), STATUS).inOrder(FIELDS);
        }
    }
}
