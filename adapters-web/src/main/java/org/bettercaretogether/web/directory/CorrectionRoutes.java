package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.application.directory.WorkstreamProfile;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.partner.PartnerEvent;
import org.bettercaretogether.domain.partner.PartnerId;
import org.bettercaretogether.domain.partner.RecordedIdentifier;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Administrators correct the directory, so that the facts the reference data could not confirm can be put right,
 * as pages (the staff API: {@link CorrectionApiRoutes}):
 * <ul>
 *   <li>{@code GET /staff/reference-data}: every record, with its unverified facts marked;</li>
 *   <li>{@code GET/POST /staff/reference-data/{partners/{id}, networks/{slug}, communities/{slug},
 *       workstreams/{slug}}}: a form to correct one, back to the list with a notice when saved, or again with
 *       an error summary and what was typed.</li>
 * </ul>
 * {@link CorrectDirectory} decides who may (administrators), records each correction in the audit log, and
 * refuses a stale version (409) or a reference to a record that does not exist (422). The forms and bodies
 * are read into the domain's values here, with the domain's rules: a broken rule is a field error (422).
 */
record CorrectionRoutes(BrowseDirectory directory, CorrectDirectory corrections) implements Routes {

    private static final String UPDATED = "updated";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Corrections.PAGES, this::listPage);
        routes.get(Corrections.PAGES + "/partners/{id}", this::partnerForm);
        routes.post(Corrections.PAGES + "/partners/{id}", this::correctPartner);
        routes.get(Corrections.PAGES + "/networks/{slug}", this::networkForm);
        routes.post(Corrections.PAGES + "/networks/{slug}", this::correctNetwork);
        routes.get(Corrections.PAGES + "/communities/{slug}", this::communityForm);
        routes.post(Corrections.PAGES + "/communities/{slug}", this::correctCommunity);
        routes.get(Corrections.PAGES + "/workstreams/{slug}", this::workstreamForm);
        routes.post(Corrections.PAGES + "/workstreams/{slug}", this::correctWorkstream);
    }

    // --- the list ---

    private void listPage(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        var partners = directory.partners().stream().map(CorrectionRoutes::row).toList();
        var networks = directory.networks().stream().map(CorrectionRoutes::row).toList();
        var communities = directory.communities().stream().map(CorrectionRoutes::row).toList();
        var workstreams = directory.workstreams().stream().map(CorrectionRoutes::row).toList();
        String updated = Corrections.PAGES + "/" + ctx.queryParam(UPDATED);
        String notice = Stream.of(partners, networks, communities, workstreams).flatMap(List::stream)
                .filter(row -> row.editHref().equals(updated)).findFirst()
                .map(row -> row.name() + " has been corrected.").orElse(null);
        ctx.render("directory/reference-data.jte", Map.of("data",
                new ReferenceDataPage(partners, networks, communities, workstreams, notice)));
    }

    private static ReferenceDataPage.Row row(Partner partner) {
        List<String> unverified = new ArrayList<>();
        for (RecordedIdentifier code : partner.identifiers()) {
            if (!code.provenance().verified()) {
                unverified.add("code " + code.identifier().value());
            }
        }
        if (partner.history().stream().map(PartnerEvent::provenance).anyMatch(source -> !source.verified())) {
            unverified.add("history");
        }
        return new ReferenceDataPage.Row(partner.name(), Corrections.PAGES + "/partners/" + partner.id(),
                PartnerDetails.PAGES + "/" + partner.id(), partner.kind().description(), unverified);
    }

    private static ReferenceDataPage.Row row(NetworkProfile profile) {
        ClinicalNetwork network = profile.network();
        return new ReferenceDataPage.Row(network.name(), Corrections.PAGES + "/networks/" + network.slug(),
                NetworkDetails.PAGES + "/" + network.slug(), profile.communities().size() + " communities",
                network.grouping().verified() ? List.of() : List.of("grouping"));
    }

    private static ReferenceDataPage.Row row(CommunityProfile profile) {
        IntegratedCareCommunity community = profile.community();
        List<String> unverified = new ArrayList<>();
        if (!community.coverage().provenance().verified()) {
            unverified.add("coverage");
        }
        if (community.population().filter(population -> !population.provenance().verified()).isPresent()) {
            unverified.add("population");
        }
        return new ReferenceDataPage.Row(community.name(), Corrections.PAGES + "/communities/" + community.slug(),
                CommunityDetails.PAGES + "/" + community.slug(),
                (profile.network() == null ? "" : profile.network().name() + " network: ")
                        + Formats.list(community.coverage().towns()), unverified);
    }

    private static ReferenceDataPage.Row row(WorkstreamProfile profile) {
        Workstream workstream = profile.workstream();
        return new ReferenceDataPage.Row(workstream.name(), Corrections.PAGES + "/workstreams/" + workstream.slug(),
                WorkstreamDetails.PAGES + "/" + workstream.slug(), workstream.phase().description(), List.of());
    }

    /** Back to the list, which names what was corrected. */
    private static String corrected(String what) {
        return Corrections.PAGES + "?" + UPDATED + "=" + what;
    }

    /** A form's errors after {@code rejection}: a change made meanwhile is said above what was typed. */
    private static FormErrors errors(Rejection rejection, List<String> fields) {
        return FormErrors.onFields(rejection, Corrections.VERSION).inOrder(fields);
    }

    // --- partners ---

    private void partnerForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        Partner current = directory.partner(partnerId(ctx)).orElseThrow();
        renderPartner(ctx, current, PartnerCorrection.Form.of(current), FormErrors.none());
    }

    private void correctPartner(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        Partner current = directory.partner(partnerId(ctx)).orElseThrow();
        var form = PartnerCorrection.Form.read(ctx);
        StaffForms.answer(ctx, checks -> form.revision(checks).applyTo(current, checks)
                        .flatMap(revised -> corrections.revisePartner(actor, revised)),
                revised -> corrected("partners/" + revised.id()),
                refused -> renderPartner(ctx, current, form, errors(refused, PartnerCorrection.Form.FIELDS)),
                Rejection.Conflict.class);
    }

    private void renderPartner(Context ctx, Partner current, PartnerCorrection.Form form, FormErrors errors) {
        ctx.render("directory/correct-partner.jte", Map.of("form", PartnerCorrection.Page.of(current, form, errors)));
    }

    // --- networks ---

    private void networkForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        ClinicalNetwork current = directory.network(slug(ctx)).orElseThrow().network();
        renderNetwork(ctx, current, NetworkCorrection.Form.of(current), FormErrors.none());
    }

    private void correctNetwork(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        ClinicalNetwork current = directory.network(slug(ctx)).orElseThrow().network();
        var form = NetworkCorrection.Form.read(ctx);
        StaffForms.answer(ctx, checks -> form.revision(checks).applyTo(current, checks)
                        .flatMap(revised -> corrections.reviseNetwork(actor, revised)),
                revised -> corrected("networks/" + revised.slug()),
                refused -> renderNetwork(ctx, current, form, errors(refused, NetworkCorrection.Form.FIELDS)),
                Rejection.Conflict.class);
    }

    private void renderNetwork(Context ctx, ClinicalNetwork current, NetworkCorrection.Form form, FormErrors errors) {
        ctx.render("directory/correct-network.jte", Map.of("form",
                new NetworkCorrection.Page(current.slug().value(), current.name(), form, errors)));
    }

    // --- communities ---

    private void communityForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        CommunityProfile current = directory.community(slug(ctx)).orElseThrow();
        renderCommunity(ctx, current, CommunityCorrection.Form.of(current.community(), current.network()), networks(),
                FormErrors.none());
    }

    private void correctCommunity(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        CommunityProfile current = directory.community(slug(ctx)).orElseThrow();
        var form = CommunityCorrection.Form.read(ctx);
        List<ClinicalNetwork> networks = networks();
        StaffForms.answer(ctx, checks -> form.revision(checks).applyTo(current.community(), networks, checks)
                        .flatMap(revised -> corrections.reviseCommunity(actor, revised)),
                revised -> corrected("communities/" + revised.slug()),
                refused -> renderCommunity(ctx, current, form, networks,
                        errors(refused, CommunityCorrection.Form.FIELDS)),
                Rejection.Conflict.class);
    }

    private static void renderCommunity(Context ctx, CommunityProfile current, CommunityCorrection.Form form,
                                        List<ClinicalNetwork> networks, FormErrors errors) {
        ctx.render("directory/correct-community.jte", Map.of("form",
                CommunityCorrection.Page.of(current, form, networks, errors)));
    }

    private List<ClinicalNetwork> networks() {
        return networks(directory);
    }

    /** The clinical networks a community may belong to. */
    static List<ClinicalNetwork> networks(BrowseDirectory directory) {
        return directory.networks().stream().map(NetworkProfile::network).toList();
    }

    // --- workstreams ---

    private void workstreamForm(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        WorkstreamProfile current = directory.workstream(slug(ctx)).orElseThrow();
        renderWorkstream(ctx, current, WorkstreamCorrection.Form.of(current.workstream()), FormErrors.none());
    }

    private void correctWorkstream(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        WorkstreamProfile current = directory.workstream(slug(ctx)).orElseThrow();
        var form = WorkstreamCorrection.Form.read(ctx);
        StaffForms.answer(ctx, checks -> form.revision(checks).applyTo(current.workstream(), checks)
                        .flatMap(revised -> corrections.reviseWorkstream(actor, revised)),
                revised -> corrected("workstreams/" + revised.slug()),
                refused -> renderWorkstream(ctx, current, form, errors(refused, WorkstreamCorrection.Form.FIELDS)),
                Rejection.Conflict.class);
    }

    private void renderWorkstream(Context ctx, WorkstreamProfile current, WorkstreamCorrection.Form form,
                                  FormErrors errors) {
        ctx.render("directory/correct-workstream.jte", Map.of("form",
                WorkstreamCorrection.Page.of(current, form, directory.partners(), errors)));
    }

    // --- the address ---

    static Slug slug(Context ctx) {
        return Requests.slug(ctx);
    }

    static PartnerId partnerId(Context ctx) {
        return PartnerId.parse(ctx.pathParam("id"));
    }
}
