package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.bettercaretogether.application.consultation.BrowseConsultations;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ViewAbout;
import org.bettercaretogether.application.onlineconsultation.ReadOnlineConsultationGuides;
import org.bettercaretogether.application.feedback.ReadPublishedFeedback;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;

/**
 * The pages of the directory: the programme itself on the home page (with the consultations open now), the partner organisations
 * ({@code /partners}, {@code /partners/{id}}), a clinical network ({@code /networks/{slug}}; the list of networks as a
 * page is {@code /communities}, which groups the communities by network) and the service review's workstreams
 * ({@code /workstreams[/{slug}]}), a workstream's with the newest views published about it. A network's and a
 * workstream's page list the consultations about it that are open or coming up. The public API answers
 * the same in JSON ({@link DirectoryApiRoutes}); the communities have routes of their own ({@link CommunityRoutes}).
 */
record DirectoryRoutes(BrowseDirectory directory, ReadPublishedFeedback published,
                       ReadOnlineConsultationGuides onlineConsultations,
                       BrowseConsultations consultations) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(VanguardDetails.PAGE, this::home);
        routes.get(PartnerDetails.PAGES, this::partners);
        routes.get(PartnerDetails.PAGES + "/{id}", this::partner);
        routes.get(NetworkDetails.PAGES + "/{slug}", this::network);
        routes.get(WorkstreamDetails.PAGES, this::workstreams);
        routes.get(WorkstreamDetails.PAGES + "/{slug}", this::workstream);
    }

    private void home(Context ctx) {
        ctx.render("directory/home.jte", Map.of(
                "vanguard", VanguardDetails.of(directory.vanguard().orElseThrow()),
                "partners", directory.partners().stream().map(PartnerDetails::of).toList(),
                "networks", directory.networks().stream().map(NetworkDetails::of).toList(),
                "consultations", OpenConsultation.open(consultations.consultations())));
    }

    private void partners(Context ctx) {
        ctx.render("directory/partners.jte", Map.of("partners",
                directory.partners().stream().map(PartnerDetails::of).toList()));
    }

    private void partner(Context ctx) {
        ctx.render("directory/partner.jte", Map.of("partner", partner(directory, ctx)));
    }

    private void network(Context ctx) {
        NetworkDetails network = network(directory, ctx);
        ctx.render("directory/network.jte", Map.of("network", network, "consultations",
                OpenConsultation.stillToClose(consultations.stillToClose(
                        ViewAbout.network(new Slug(network.slug()))))));
    }

    private void workstreams(Context ctx) {
        ctx.render("directory/workstreams.jte", Map.of("workstreams",
                directory.workstreams().stream().map(WorkstreamDetails::of).toList()));
    }

    private void workstream(Context ctx) {
        WorkstreamDetails workstream = workstream(directory, ctx);
        Map<String, Object> model = new java.util.HashMap<>(Map.of("workstream", workstream,
                "feedback", FeedbackSection.workstream(published, new Slug(workstream.slug()), workstream.name())));
        model.put("consultations", OpenConsultation.stillToClose(consultations.stillToClose(
                ViewAbout.workstream(new Slug(workstream.slug())))));
        model.put("onlineConsultations", OnlineConsultationSection.workstream(onlineConsultations,
                directory.communities(), workstream.slug()));
        ctx.render("directory/workstream.jte", model);
    }

    /** The partner the address names by its id. */
    static PartnerDetails partner(BrowseDirectory directory, Context ctx) {
        return PartnerDetails.of(directory.partner(PartnerId.parse(ctx.pathParam("id"))).orElseThrow());
    }

    /** The network the address names by its slug. */
    static NetworkDetails network(BrowseDirectory directory, Context ctx) {
        return NetworkDetails.of(directory.network(Requests.slug(ctx)).orElseThrow());
    }

    /** The workstream the address names by its slug. */
    static WorkstreamDetails workstream(BrowseDirectory directory, Context ctx) {
        return WorkstreamDetails.of(directory.workstream(Requests.slug(ctx)).orElseThrow());
    }
}
