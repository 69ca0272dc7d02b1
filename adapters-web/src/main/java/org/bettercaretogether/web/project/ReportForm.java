package org.bettercaretogether.web.project;

import io.javalin.http.Context;
import org.bettercaretogether.domain.project.ProjectReport;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.Requests;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The "Report a problem with this entry" form: what is wrong, and what the person noticed. */
public record ReportForm(String problem, String details) {

    static final String PROBLEM = "problem";
    static final String DETAILS = "details";
    static final List<String> FIELDS = List.of(PROBLEM, DETAILS);

    /** The problems a person can choose, as radios. */
    public static final List<Choice> PROBLEMS = Arrays.stream(ProjectReport.Problem.values())
            .map(problem -> new Choice(problem.name(), problem.title())).toList();

    static ReportForm empty() {
        return new ReportForm("", "");
    }

    static ReportForm read(Context ctx) {
        return new ReportForm(Requests.field(ctx, PROBLEM), Requests.field(ctx, DETAILS));
    }

    /** The problem chosen, if it is one of the choices. */
    Optional<ProjectReport.Problem> chosen() {
        return Arrays.stream(ProjectReport.Problem.values()).filter(problem -> problem.name().equals(this.problem))
                .findFirst();
    }
}
