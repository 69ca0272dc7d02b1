package org.bettercaretogether.web.onlineconsultation;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.onlineconsultation.KeepOnlineConsultationGuides;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.onlineconsultation.OnlineConsultationGuide;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffRejections;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engagement officers and administrators write each community's guide to online consultations: {@code GET
 * /staff/online-consultations}, the communities and whether each has one; {@code GET/POST
 * /staff/online-consultations/{slug}}, the form (the explanation in plain text and the address of the NHS's own
 * service). Problems come back on the form with an error summary (422), what was typed kept; a change made meanwhile by
 * someone else is shown above the form (409).
 */
record StaffOnlineConsultationRoutes(ReadOnlineConsultationGuides read, KeepOnlineConsultationGuides keep,
                                     BrowseDirectory directory) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/online-consultations";
    private static final List<String> FIELDS = List.of("version", "explanation", "nhs-service");

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::list);
        routes.get(PAGES + "/{slug}", this::form);
        routes.post(PAGES + "/{slug}", this::write);
    }

    private void list(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        var rows = directory.communities().stream().map(profile -> new StaffOnlineConsultationPage.Row(
                profile.community().name(), PAGES + "/" + profile.community().slug(),
                read.guide(profile.community().id()).map(guide -> Formats.date(UkTime.dayOf(guide.changedAt())))
                        .orElse(null))).toList();
        ctx.render("onlineconsultation/staff-list.jte", Map.of("guides", new StaffOnlineConsultationPage.List_(rows)));
    }

    private void form(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        CommunityProfile community = directory.community(Requests.slug(ctx)).orElseThrow();
        Optional<OnlineConsultationGuide> guide = read.guide(community.community().id());
        render(ctx, community, guide.map(g -> Long.toString(g.version())).orElse("0"),
                guide.map(OnlineConsultationGuide::explanation).orElse(""),
                guide.map(g -> g.nhsService().toString()).orElse(""), FormErrors.none(),
                ctx.queryParam("saved") != null ? "The guide has been saved and published." : null);
    }

    private void write(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        CommunityProfile community = directory.community(Requests.slug(ctx)).orElseThrow();
        String version = Requests.field(ctx, "version");
        String explanation = Requests.field(ctx, "explanation");
        String nhsService = Requests.field(ctx, "nhs-service");
        long read = StaffRejections.version(version);
        var checks = new FieldChecks();
        checks.required("explanation", explanation, "Explain the online and video consultations the practices offer");
        Optional<URI> address = nhsService.isEmpty() ? Optional.empty()
                : checks.check("nhsService", "The NHS service's address", () -> OnlineConsultationGuide.nhsService(
                nhsService));
        checks.required("nhsService", nhsService, "Enter the address of the NHS's own service, on nhs.uk");
        Outcome<OnlineConsultationGuide> outcome = checks.outcome(() -> true).flatMap(ok -> keep.write(actor,
                community.community().id(), read, explanation, address.orElseThrow()));
        switch (outcome) {
            case Outcome.Done<OnlineConsultationGuide> done -> ctx.redirect(PAGES + "/"
                    + community.community().slug() + "?saved=1", HttpStatus.SEE_OTHER);
            case Outcome.Rejected<OnlineConsultationGuide>(Rejection rejection) -> {
                FormErrors.answerStatus(ctx, rejection);
                render(ctx, community, version, explanation, nhsService,
                        FormErrors.onFields(rejection, "version").inOrder(FIELDS), null);
            }
        }
    }

    private static void render(Context ctx, CommunityProfile community, String version, String explanation,
                               String nhsService, FormErrors errors, String notice) {
        ctx.render("onlineconsultation/staff-form.jte", Map.of("guide", new StaffOnlineConsultationPage.Form(
                community.community().name(), PAGES + "/" + community.community().slug(), version, explanation,
                nhsService, errors, notice)));
    }
}
