package org.bettercaretogether.web.community;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;

/**
 * The values of a priority's form — adding one on a community's staff page, revising one on its own page — as the
 * person sees them: filled from the priority, or as typed when shown again with errors. Field ids are the staff API's
 * member names; {@code serves} holds the ticked dimensions of the triple aim, {@code theme} and {@code owner} ids.
 */
public record StaffPriorityForm(String version, String title, String description, Set<String> serves,
                                String rationale, String theme, String owner) {

    /** The field ids, in the order the form shows them. */
    static final List<String> FIELDS = List.of(StaffPriorityBody.TITLE, StaffPriorityBody.DESCRIPTION,
            StaffPriorityBody.SERVES, StaffPriorityBody.RATIONALE, StaffPriorityBody.THEME, StaffPriorityBody.OWNER);

    public StaffPriorityForm {
        serves = Set.copyOf(serves);
    }

    /** The empty form of a new priority. */
    public static StaffPriorityForm empty() {
        return new StaffPriorityForm("", "", "", Set.of(), "", "", "");
    }

    static StaffPriorityForm of(PriorityDetails view) {
        LocalPriority priority = view.priority();
        return new StaffPriorityForm(Long.toString(priority.version()), priority.title(), priority.description(),
                Set.copyOf(priority.serves().stream().map(Enum::name).toList()), priority.rationale(),
                priority.theme().map(Object::toString).orElse(""), priority.owner().toString());
    }

    static StaffPriorityForm read(Context ctx) {
        return new StaffPriorityForm(Requests.field(ctx, StaffPriorityBody.VERSION),
                Requests.field(ctx, StaffPriorityBody.TITLE), Requests.field(ctx, StaffPriorityBody.DESCRIPTION),
                Set.copyOf(ctx.formParams(StaffPriorityBody.SERVES)), Requests.field(ctx, StaffPriorityBody.RATIONALE),
                Requests.field(ctx, StaffPriorityBody.THEME), Requests.field(ctx, StaffPriorityBody.OWNER));
    }

    /** The body this form stands for; the version is the one the page was read at ({@code null} on a new one). */
    StaffPriorityBody body(Long readAt) {
        return new StaffPriorityBody(readAt, title, description, List.copyOf(serves), rationale, theme, owner);
    }

    /** The errors of {@code rejection} against this form's fields, in page order. */
    static FormErrors errors(Rejection rejection) {
        return FormErrors.onFields(rejection, StaffPriorityBody.TITLE).inOrder(FIELDS);
    }
}
