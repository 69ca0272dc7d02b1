package org.bettercaretogether.web.community;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.IntegratedCareCommunity;
import org.bettercaretogether.domain.shared.InvalidValueException;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.StaffForms;

/**
 * Engagement officers and administrators follow each community through time, as pages:
 * <ul>
 *   <li>{@code GET /staff/communities}: every community; {@code GET /staff/communities/{slug}}: one community's staff
 *       page — its priorities, its team in figures, its story — with the forms of a community's life;</li>
 *   <li>{@code POST /staff/communities/{slug}/stage}: the development stage it reached, and when;
 *       {@code POST .../rename}: a new name and address from a day on (the old address keeps leading to it; the
 *       answer leads to the new one); {@code POST .../merge}: a merger into another community, asked to be
 *       confirmed first, since the community's towns then belong to the one it joins;</li>
 * </ul>
 * The staff API does the same in JSON ({@link StaffCommunityApiRoutes}).
 * {@link ShapeCommunities} decides who may, refuses a day in the future, an address another community has or had,
 * and a change to a community already merged (409). Each handler first makes sure the person may use these pages.
 */
record StaffCommunityRoutes(ShapeCommunities communities, BrowseDirectory directory, StaffCommunityPages pages,
                            Clock clock) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/communities";
    private static final String SAVED = "saved";
    static final String STAGE = "stage";
    private static final String REACHED_ON = "reached-on";
    static final String NAME = "name";
    static final String SLUG = "slug";
    private static final String RENAMED_ON = "renamed-on";
    static final String INTO = "into";
    private static final String MERGED_ON = "merged-on";
    private static final String CONFIRMED = "confirmed";
    private static final String YES = "yes";

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PAGES, this::listPage);
        routes.get(PAGES + "/{slug}", this::page);
        routes.post(PAGES + "/{slug}/stage", this::recordStage);
        routes.post(PAGES + "/{slug}/rename", this::rename);
        routes.post(PAGES + "/{slug}/merge", this::merge);
    }

    private void listPage(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        ctx.render("staff-life/communities.jte", Map.of("communities", new StaffCommunitiesPage(
                directory.communities().stream().map(profile -> {
                    IntegratedCareCommunity community = profile.community();
                    String slug = community.slug().value();
                    return new StaffCommunitiesPage.Row(community.name(), PAGES + "/" + slug,
                            profile.network().name(),
                            community.stage().map(reached -> reached.stage().name().charAt(0)
                                    + reached.stage().name().substring(1).toLowerCase()).orElse("Not recorded"));
                }).toList())));
    }

    private void page(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        pages.render(ctx, slug(ctx), pages.fresh(), FormErrors.none());
    }

    private void recordStage(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        String typedStage = Requests.field(ctx, STAGE);
        StaffDates typedOn = StaffDates.read(ctx, REACHED_ON);
        var checks = new FieldChecks();
        Optional<DevelopmentStage> stage = stage(checks, STAGE, typedStage, "Select the stage the community reached");
        Optional<LocalDate> on = typedOn.date(checks, REACHED_ON, "the date it reached the stage");
        var forms = pages.fresh().withStage(typedStage, typedOn);
        StaffForms.answer(ctx, checks.outcome(stage::orElseThrow)
                        .flatMap(reached -> communities.recordStage(actor, slug, reached, on.orElseThrow())),
                story -> saved(story.slug(), "stage"),
                refused -> shownAgain(ctx, slug, forms, refused,
                        List.of(STAGE, REACHED_ON), new Field("effectiveOn", REACHED_ON, "The date"),
                        new Field("stageReachedOn", REACHED_ON, "The date")));
    }

    private void rename(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        String typedName = Requests.field(ctx, NAME);
        String typedSlug = Requests.field(ctx, SLUG);
        StaffDates typedOn = StaffDates.read(ctx, RENAMED_ON);
        var checks = new FieldChecks();
        checks.required(NAME, typedName, "Enter the community's new name");
        Optional<Slug> newSlug = newSlug(checks, typedName, typedSlug);
        Optional<LocalDate> on = typedOn.date(checks, RENAMED_ON, "the date the new name took effect");
        var forms = pages.fresh().withRenaming(typedName, typedSlug, typedOn);
        StaffForms.answer(ctx, checks.outcome(newSlug::orElseThrow)
                        .flatMap(address -> communities.rename(actor, slug, typedName, address, on.orElseThrow())),
                story -> saved(story.slug(), "renamed"),
                refused -> shownAgain(ctx, slug, forms, refused,
                        List.of(NAME, SLUG, RENAMED_ON), new Field("effectiveOn", RENAMED_ON, "The date"),
                        new Field(NAME, NAME, "The new name"), new Field(SLUG, SLUG, "The new address")));
    }

    private void merge(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug slug = slug(ctx);
        String typedInto = Requests.field(ctx, INTO);
        StaffDates typedOn = StaffDates.read(ctx, MERGED_ON);
        var checks = new FieldChecks();
        Optional<Slug> into = Optional.empty();
        if (checks.required(INTO, typedInto, "Select the community it joins")) {
            into = checks.check(INTO, "The community it joins", () -> new Slug(typedInto));
        }
        Optional<LocalDate> on = typedOn.date(checks, MERGED_ON, "the date the merger takes effect");
        if (on.isPresent() && on.get().isAfter(StaffDates.today(clock))) {
            checks.add(MERGED_ON, "The date must not be in the future");
        }
        if (into.isPresent() && into.get().equals(slug)) {
            checks.add(INTO, "Select another community: a community cannot join itself");
        }
        var forms = pages.fresh().withMerger(typedInto, typedOn);
        Optional<Slug> joining = into;
        if (checks.passed() && !YES.equals(Requests.field(ctx, CONFIRMED))) {
            confirmMerger(ctx, slug, joining.orElseThrow(), on.orElseThrow(), typedOn, forms);
            return;
        }
        StaffForms.answer(ctx, checks.outcome(joining::orElseThrow)
                        .flatMap(target -> communities.merge(actor, slug, target, on.orElseThrow())),
                story -> saved(story.slug(), "merged"),
                refused -> shownAgain(ctx, slug, forms, refused,
                        List.of(INTO, MERGED_ON), new Field("effectiveOn", MERGED_ON, "The date"),
                        new Field(INTO, INTO, "The community it joins")));
    }

    /** The question before a merger: the two communities must exist, or the page it came from says what is wrong. */
    private void confirmMerger(Context ctx, Slug slug, Slug into, LocalDate on, StaffDates typedOn,
                               StaffCommunityPage.Forms forms) {
        CommunityProfile community = directory.community(slug).orElseThrow();
        Optional<CommunityProfile> target = switch (directory.community(into)) {
            case Outcome.Done<CommunityProfile>(CommunityProfile found) -> Optional.of(found);
            case Outcome.Rejected<CommunityProfile> ignored -> Optional.empty();
        };
        if (target.isEmpty()) {
            Rejection unknown = Rejection.InvalidInput.of(INTO, "Select the community it joins from the list");
            shownAgain(ctx, slug, forms, StaffRejections.shownOnForm(ctx, unknown), List.of(INTO, MERGED_ON));
            return;
        }
        ctx.render("staff-life/merge-confirm.jte", Map.of("merge", new StaffMergePage(
                community.community().name(), slug.value(), into.value(), target.get().community().name(),
                Formats.date(on), typedOn)));
    }

    private void shownAgain(Context ctx, Slug slug, StaffCommunityPage.Forms forms, Rejection rejection,
                            List<String> order, Field... fields) {
        Rejection shown = StaffRejections.reworded(rejection, fields);
        pages.render(ctx, slug, forms, FormErrors.onFields(shown, order.getFirst()).inOrder(order));
    }

    private static String saved(String slug, String what) {
        return PAGES + "/" + slug + "?" + SAVED + "=" + what;
    }

    // --- reading ---

    static Optional<DevelopmentStage> stage(FieldChecks checks, String field, String typed, String missing) {
        if (!checks.required(field, typed, missing)) {
            return Optional.empty();
        }
        Optional<DevelopmentStage> found = Arrays.stream(DevelopmentStage.values())
                .filter(stage -> stage.name().equals(typed)).findFirst();
        if (found.isEmpty()) {
            checks.add(field, "The stage must be one of " + String.join(", ",
                    Arrays.stream(DevelopmentStage.values()).map(Enum::name).toList()));
        }
        return found;
    }

    /** The new address typed, or, when none was, the one made from the new name. */
    static Optional<Slug> newSlug(FieldChecks checks, String name, String typed) {
        if (typed != null && !typed.isBlank()) {
            return checks.check(SLUG, "The new address", () -> new Slug(typed.strip()));
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Slug.fromName(name));
        } catch (InvalidValueException unusable) {
            checks.add(SLUG, "Enter the new address: the name has no letters or digits to make one from");
            return Optional.empty();
        }
    }

    static Slug slug(Context ctx) {
        return Requests.slug(ctx);
    }
}
