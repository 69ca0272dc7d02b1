package org.bettercaretogether.web.change;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ThemeId;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of the change forms ({@code /staff/changes/new} and {@code /staff/changes/{id}}) as the person sees
 * them: filled from the change, or as typed when shown again with errors. Where the change belongs is a choice
 * ({@code where}: programme, community or workstream) with a list of communities and one of workstreams; the views
 * are references one per line or separated by commas; the themes are ticked; the consultation the change came from,
 * if one did, is chosen from a list of those scheduled (by slug). Field ids are the API's member names.
 */
public record ChangeForm(String version, String title, String description, String where, String community,
                         String workstream, String views, Set<String> themes, String consultation) {

    static final String PROGRAMME = ChangeJson.Where.PROGRAMME;
    static final String COMMUNITY = ChangeJson.Where.COMMUNITY;
    static final String WORKSTREAM = ChangeJson.Where.WORKSTREAM;
    static final String WHERE = "where";
    /** The field ids, in the order the page shows them. */
    static final List<String> FIELDS = List.of(ChangeBody.VERSION, "title", "description", WHERE, COMMUNITY,
            WORKSTREAM, ChangeBody.VIEWS, ChangeBody.THEMES, ChangeBody.CONSULTATION);

    public ChangeForm {
        themes = Set.copyOf(themes);
    }

    static ChangeForm empty() {
        return new ChangeForm("", "", "", "", "", "", "", Set.of(), "");
    }

    static ChangeForm of(ChangeSummary summary) {
        ChangeMade change = summary.change();
        String where = change.community().isPresent() ? COMMUNITY
                : change.workstream().isPresent() ? WORKSTREAM : PROGRAMME;
        return new ChangeForm(Long.toString(change.version()), change.title(), change.description(), where,
                summary.communitySlug().orElse(""), summary.workstreamSlug().orElse(""),
                String.join("\n", summary.viewReferences().stream().map(FeedbackReference::value).toList()),
                Set.copyOf(change.themes().stream().map(ThemeId::toString).toList()),
                summary.cameFrom().map(consultation -> consultation.slug().value()).orElse(""));
    }

    static ChangeForm read(Context ctx) {
        return new ChangeForm(Requests.field(ctx, ChangeBody.VERSION), Requests.field(ctx, "title"),
                Requests.field(ctx, "description"), Requests.field(ctx, WHERE), Requests.field(ctx, COMMUNITY),
                Requests.field(ctx, WORKSTREAM), Requests.field(ctx, ChangeBody.VIEWS),
                Set.copyOf(ctx.formParams(ChangeBody.THEMES)), Requests.field(ctx, ChangeBody.CONSULTATION));
    }

    /** The body the form stands for; the choice of place, and the version on a change, are checked here. */
    ChangeBody body(FieldChecks checks, boolean revising) {
        Long read = null;
        if (revising) {
            if (version.matches("[0-9]{1,18}")) {
                read = Long.parseLong(version);
            } else {
                checks.add(ChangeBody.VERSION, "The form has no valid version of the change: reload the page and "
                        + "make your change again");
            }
        }
        String inCommunity = null;
        String inWorkstream = null;
        switch (where) {
            case PROGRAMME -> { }
            case COMMUNITY -> {
                if (checks.required(COMMUNITY, community, "Select the community the change belongs to")) {
                    inCommunity = community;
                }
            }
            case WORKSTREAM -> {
                if (checks.required(WORKSTREAM, workstream, "Select the workstream the change belongs to")) {
                    inWorkstream = workstream;
                }
            }
            default -> checks.add(WHERE, "Select where the change belongs: the whole programme, a community or a "
                    + "workstream");
        }
        List<String> references = views.isBlank() ? List.of() : Arrays.asList(views.strip().split("[,;\\s]+"));
        return new ChangeBody(read, title, description, inCommunity, inWorkstream, references, List.copyOf(themes),
                consultation);
    }

    /** The errors of {@code rejection} against the form's fields, in page order; a conflict is an error of the version. */
    static FormErrors errors(Rejection rejection) {
        return FormErrors.onFields(rejection, ChangeBody.VERSION).inOrder(FIELDS);
    }
}
