package org.bettercaretogether.web.directory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.directory.CorrectDirectory;
import org.bettercaretogether.application.directory.NetworkProfile;
import org.bettercaretogether.application.directory.WorkstreamProfile;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.domain.staff.Role;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffApi;

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
        correctable(routes, "/partners/{id}", ctx -> directory.partner(partnerId(ctx)).orElseThrow(),
                PartnerCorrection.Revision.class, PartnerCorrection.Revision::applyTo, corrections::revisePartner,
                partner -> new Versioned<>(partner.version(), PartnerDetails.of(partner)));
        correctable(routes, "/networks/{slug}", ctx -> directory.network(slug(ctx)).orElseThrow().network(),
                NetworkCorrection.Revision.class, NetworkCorrection.Revision::applyTo, corrections::reviseNetwork,
                network -> {
                    NetworkProfile profile = directory.network(network.slug()).orElseThrow();
                    return new Versioned<>(profile.network().version(), NetworkDetails.of(profile));
                });
        correctable(routes, "/communities/{slug}", ctx -> directory.community(slug(ctx)).orElseThrow().community(),
                CommunityCorrection.Revision.class,
                (revision, current, checks) -> revision.applyTo(current, networks(directory), checks),
                corrections::reviseCommunity, community -> {
                    CommunityProfile profile = directory.community(community.slug()).orElseThrow();
                    return new Versioned<>(profile.community().version(), CommunityDetails.of(profile));
                });
        correctable(routes, "/workstreams/{slug}", ctx -> directory.workstream(slug(ctx)).orElseThrow().workstream(),
                WorkstreamCorrection.Revision.class, WorkstreamCorrection.Revision::applyTo,
                corrections::reviseWorkstream, workstream -> {
                    WorkstreamProfile profile = directory.workstream(workstream.slug()).orElseThrow();
                    return new Versioned<>(profile.workstream().version(), WorkstreamDetails.of(profile));
                });
    }

    /**
     * A kind of record at {@code Corrections.API + path}: {@code GET} answers the one the address names, as
     * {@code shown} (its public shape with its version); {@code PUT} corrects it with a body of type {@code revision},
     * applied to it and handed to the use case {@code correct}, and answers it as corrected.
     */
    private static <T, R> void correctable(RoutesConfig routes, String path, Function<Context, T> current,
                                           Class<R> revision, Revising<R, T> revise,
                                           BiFunction<Actor, T, Outcome<T>> correct,
                                           Function<T, Versioned<?>> shown) {
        routes.get(Corrections.API + path, ctx -> {
            StaffAccess.actorHolding(ctx, Role.ADMIN);
            ctx.json(shown.apply(current.apply(ctx)));
        });
        routes.put(Corrections.API + path, ctx -> {
            Actor actor = StaffAccess.actorHolding(ctx, Role.ADMIN);
            T found = current.apply(ctx);
            ctx.json(shown.apply(StaffApi.changed(ctx, revision, (body, checks) -> revise.applyTo(body, found, checks)
                    .flatMap(revised -> correct.apply(actor, revised)))));
        });
    }

    /** A correction as sent, applied to the record as it is, each broken rule a problem of its field. */
    @FunctionalInterface
    private interface Revising<R, T> {

        Outcome<T> applyTo(R revision, T current, FieldChecks checks);
    }
}
