package org.bettercaretogether.web.privacy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.privacy.ExportPersonalData;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Administrators answer a person's request to see what is held about them (subject access), found by their email
 * address or telephone number: {@code GET /staff/subject-access}: the request; {@code POST /staff/subject-access}:
 * everything held, as a page to read; {@code POST /staff/subject-access/download}: the same as one JSON document to
 * give the person. Each is an export of its own, recorded in the audit log by {@link ExportPersonalData}, which also
 * decides who may (administrators). The address goes in the body of a form, never in an address a browser or a proxy
 * would keep. The staff API answers with the JSON document too ({@link SubjectAccessApiRoutes}).
 */
record SubjectAccessRoutes(ExportPersonalData export) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PrivacyAddresses.SUBJECT_ACCESS, this::requestForm);
        routes.post(PrivacyAddresses.SUBJECT_ACCESS, ctx -> exported(ctx, (asked, document) -> ctx.render(
                "privacy/subject-access-report.jte",
                Map.of("report", SubjectAccessPages.report(asked, document)))));
        routes.post(PrivacyAddresses.SUBJECT_ACCESS_DOWNLOAD, ctx -> exported(ctx, (asked, document) -> ctx
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + document.export().id()
                        + ".json\"")
                .json(document)));
    }

    private void requestForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        renderRequest(ctx, "", "", FormErrors.none());
    }

    /** Exports what is held about the person the form names, and answers with it; a form at fault is shown again. */
    private void exported(Context ctx, BiConsumer<PersonAsked, PersonalDataDocument> answer) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        String email = Requests.field(ctx, PersonAsked.EMAIL);
        String phone = Requests.field(ctx, PersonAsked.PHONE);
        StaffForms.answerWith(ctx, exported(export, actor, PersonAsked.given(null, email, phone, false)),
                exported -> answer.accept(exported.asked(), exported.document()),
                refused -> renderRequest(ctx, email, phone, FormErrors.of(refused, PersonAsked.FIELDS,
                        PersonAsked.EMAIL)));
    }

    /** What is held about the person asked for, as the document both the page and the download are made of. */
    record Exported(PersonAsked asked, PersonalDataDocument document) {
    }

    static Outcome<Exported> exported(ExportPersonalData export, Actor actor, Outcome<PersonAsked> asked) {
        return asked.flatMap(person -> export.export(actor, person.subject().orElseThrow())
                .map(made -> new Exported(person, PersonalDataDocument.of(made))));
    }

    private static void renderRequest(Context ctx, String email, String phone, FormErrors errors) {
        ctx.render("privacy/subject-access.jte", Map.of("request", new SubjectAccessPages.Request(email, phone,
                errors)));
    }
}
