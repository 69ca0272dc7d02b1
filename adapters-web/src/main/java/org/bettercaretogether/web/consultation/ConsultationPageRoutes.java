package org.bettercaretogether.web.consultation;

import io.javalin.config.RoutesConfig;
import org.bettercaretogether.application.change.YouSaidWeDid;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.consultation.ConsultationResults;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

import java.util.Map;

/**
 * Consultations as pages: {@code /consultations} (open, then upcoming, then closed), {@code /consultations/{slug}}
 * (what it asks and why, its dates in UK time, every change to its closing with the reason, its documents and
 * questions, the earlier consultation it is a new version of and its own new version once scheduled) and {@code /consultations/{slug}/results} once it has closed (409 before, as an error page saying when),
 * listing the changes made that came from it, each linked to its card on "you said, we did",
 * with the same counts as a download, {@code /consultations/{slug}/results.csv}.
 */
record ConsultationPageRoutes(BrowseConsultations browse, YouSaidWeDid youSaidWeDid) implements Routes {

    static final String PAGES = "/consultations";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, ctx -> ctx.render("consultation/consultations.jte",
                Map.of("consultations", ConsultationsPage.of(browse.consultations()))));
        routes.get(PAGES + "/{slug}", ctx -> {
            Slug slug = Requests.slug(ctx);
            ctx.render("consultation/consultation.jte", Map.of(
                    "consultation", ConsultationPage.of(browse.consultation(slug).orElseThrow(), browse::aboutYouOptions),
                    "versions", ConsultationPage.Versions.of(browse.versions(slug).orElseThrow())));
        });
        routes.get(PAGES + "/{slug}/results", ctx -> {
            Slug slug = Requests.slug(ctx);
            ConsultationResults results = browse.results(slug).orElseThrow();
            ctx.render("consultation/results.jte", Map.of("results",
                    ResultsPage.of(results, youSaidWeDid.consultation(slug).orElseThrow())));
        });
        routes.get(PAGES + "/{slug}/results.csv", ctx -> {
            Slug slug = Requests.slug(ctx);
            String csv = ResultsCsv.of(browse.results(slug).orElseThrow());
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + slug + "-results.csv\"")
                    .result(csv);
        });
    }
}
