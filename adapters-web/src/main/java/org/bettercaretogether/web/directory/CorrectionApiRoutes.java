package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.application.directory.WorkstreamProfile;
import org.bettercaretogether.application.security.Actor;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.network.ClinicalNetwork;
import org.bettercaretogether.domain.partner.Partner;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.domain.workstream.Workstream;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffApi;
import org.bettercaretogether.web.platform.StaffAccess;

import static org.bettercaretogether.web.directory.CorrectionRoutes.networks;
import static org.bettercaretogether.web.directory.CorrectionRoutes.partnerId;
import static org.bettercaretogether.web.directory.CorrectionRoutes.slug;

/**
 * Administrators correct the directory in the staff API, as by the pages ({@link CorrectionRoutes}):
 * {@code GET/PUT /api/v1/staff/{partners/{id}, networks/{slug}, communities/{slug}, workstreams/{slug}}}, the record
 * in its public shape with the {@code version} a correction must quote, and the correction. {@link CorrectDirectory}
 * decides who may (administrators), records each correction in the audit log, and refuses a stale version (409) or a
 * reference to a record that does not exist (422). The bodies are read into the domain's values with the domain's
 * rules: a broken rule is a field error (422).
 */
record CorrectionApiRoutes(BrowseDirectory directory, CorrectDirectory corrections) implements Routes {

    @Override
    public void register(RoutesConfig routes) {
        routes.get(Corrections.API + "/partners/{id}", this::partner);
        routes.put(Corrections.API + "/partners/{id}", this::revisePartner);
        routes.get(Corrections.API + "/networks/{slug}", this::network);
        routes.put(Corrections.API + "/networks/{slug}", this::reviseNetwork);
        routes.get(Corrections.API + "/communities/{slug}", this::community);
        routes.put(Corrections.API + "/communities/{slug}", this::reviseCommunity);
        routes.get(Corrections.API + "/workstreams/{slug}", this::workstream);
        routes.put(Corrections.API + "/workstreams/{slug}", this::reviseWorkstream);
    }

    private void partner(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        ctx.json(versioned(directory.partner(partnerId(ctx)).orElseThrow()));
    }

    private void revisePartner(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        Partner current = directory.partner(partnerId(ctx)).orElseThrow();
        ctx.json(versioned(StaffApi.changed(ctx, PartnerCorrection.Revision.class, (revision, checks) ->
                revision.applyTo(current, checks).flatMap(partner -> corrections.revisePartner(actor, partner)))));
    }

    private static Versioned<PartnerDetails> versioned(Partner partner) {
        return new Versioned<>(partner.version(), PartnerDetails.of(partner));
    }

    private void network(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        ctx.json(versionedNetwork(slug(ctx)));
    }

    private void reviseNetwork(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        ClinicalNetwork current = directory.network(slug(ctx)).orElseThrow().network();
        ClinicalNetwork revised = StaffApi.changed(ctx, NetworkCorrection.Revision.class, (revision, checks) ->
                revision.applyTo(current, checks).flatMap(network -> corrections.reviseNetwork(actor, network)));
        ctx.json(versionedNetwork(revised.slug()));
    }

    private Versioned<NetworkDetails> versionedNetwork(Slug slug) {
        NetworkProfile profile = directory.network(slug).orElseThrow();
        return new Versioned<>(profile.network().version(), NetworkDetails.of(profile));
    }

    private void community(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        ctx.json(versionedCommunity(slug(ctx)));
    }

    private void reviseCommunity(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        IntegratedCareCommunity current = directory.community(slug(ctx)).orElseThrow().community();
        IntegratedCareCommunity revised = StaffApi.changed(ctx, CommunityCorrection.Revision.class,
                (revision, checks) -> revision.applyTo(current, networks(directory), checks)
                        .flatMap(community -> corrections.reviseCommunity(actor, community)));
        ctx.json(versionedCommunity(revised.slug()));
    }

    private Versioned<CommunityDetails> versionedCommunity(Slug slug) {
        CommunityProfile profile = directory.community(slug).orElseThrow();
        return new Versioned<>(profile.community().version(), CommunityDetails.of(profile));
    }

    private void workstream(Context ctx) {
        StaffAccess.actorHolding(ctx, Role.ADMIN);
        ctx.json(versionedWorkstream(slug(ctx)));
    }

    private void reviseWorkstream(Context ctx) {
        Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
        Workstream current = directory.workstream(slug(ctx)).orElseThrow().workstream();
        Workstream revised = StaffApi.changed(ctx, WorkstreamCorrection.Revision.class, (revision, checks) ->
                revision.applyTo(current, checks).flatMap(changed -> corrections.reviseWorkstream(actor, changed)));
        ctx.json(versionedWorkstream(revised.slug()));
    }

    private Versioned<WorkstreamDetails> versionedWorkstream(Slug slug) {
        WorkstreamProfile profile = directory.workstream(slug).orElseThrow();
        return new Versioned<>(profile.workstream().version(), WorkstreamDetails.of(profile));
    }
}
