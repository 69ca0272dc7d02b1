package org.bettercaretogether.web.community;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.priority.ManagePriorities;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.shared.Actor;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityId;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.StaffRejections;
import org.bettercaretogether.web.platform.FieldChecks;
import org.bettercaretogether.web.platform.FieldChecks.Field;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.Requests;
import org.bettercaretogether.web.platform.Routes;
import org.bettercaretogether.web.platform.StaffAccess;
import org.bettercaretogether.web.platform.StaffAddresses;
import org.bettercaretogether.web.platform.StaffForms;
import org.bettercaretogether.web.community.StaffPriorities.Located;

import static org.bettercaretogether.web.community.StaffPriorities.RANK;
import static org.bettercaretogether.web.community.StaffPriorities.priorityId;

/**
 * Engagement officers and administrators keep each community's local priorities on the staff pages:
 * {@code POST /staff/communities/{slug}/priorities}: add one, from the community's staff page, at the bottom of its
 * ranking; {@code GET/POST /staff/priorities/{id}}: one priority, its history, and revising it;
 * {@code POST /staff/priorities/{id}/status}: move it to another status on a day not in the future;
 * {@code POST /staff/priorities/{id}/rank}: move it in the ranking (a number, or the "move up" and "move down" buttons
 * of the community's page), the others closing up. (The same in JSON: {@link StaffPriorityApiRoutes}.)
 * Every change quotes the version it was read at, so a change made meanwhile by someone else is refused with 409
 * rather than overwritten. {@link ManagePriorities} decides who may; each handler first makes sure the person may use
 * these pages at all, so that someone who may not gets a 403 rather than a form's validation messages.
 */
public record StaffPriorityRoutes(ManagePriorities priorities, StaffPriorities reading, ManageThemes themes,
                                  BrowseDirectory directory, StaffCommunityPages communityPages) implements Routes {

    static final String PAGES = StaffAddresses.PAGES + "/priorities";
    private static final String COMMUNITY_PAGES = StaffAddresses.PAGES + "/communities";
    private static final String STATUS_ON = "status-on";
    private static final String SAVED = "saved";
    private static final Map<String, String> NOTICES = Map.of(
            "revised", "The priority has been saved.",
            "status", "The priority's status has been changed.");
    /** The day a status is reached, in the words of the form. */
    private static final Field PAGE_DAY = new Field("statusOn", STATUS_ON, "The date");
    private static final Field PAGE_RANK = new Field(RANK, RANK, "The rank");

    /** The staff page of the priority with this id. */
    public static String pageOf(String id) {
        return PAGES + "/" + id;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(COMMUNITY_PAGES + "/{slug}/priorities", this::add);
        routes.get(PAGES + "/{id}", this::page);
        routes.post(PAGES + "/{id}", this::revise);
        routes.post(PAGES + "/{id}/status", this::move);
        routes.post(PAGES + "/{id}/rank", this::rank);
    }

    private void add(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        Slug community = Requests.slug(ctx);
        StaffPriorityForm form = StaffPriorityForm.read(ctx);
        StaffForms.answer(ctx, checks -> form.body(null).draft(checks)
                        .flatMap(draft -> priorities.add(actor, community, draft)),
                added -> COMMUNITY_PAGES + "/" + community.value() + "?" + SAVED + "=priority#priorities",
                refused -> communityPages.render(ctx, community, communityPages.fresh().withPriority(form),
                        StaffPriorityForm.errors(StaffRejections.reworded(refused, StaffPriorityBody.FIELDS))));
    }

    private void page(Context ctx) {
        StaffAccess.engagementOfficer(ctx);
        Located located = reading.locate(priorityId(ctx));
        PriorityDetails view = located.view();
        render(ctx, located, StaffPriorityForm.of(view), new StaffPriorityPage.Move("", StaffDates.of(reading.today())),
                Integer.toString(view.priority().rank()), FormErrors.none());
    }

    private void revise(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        StaffPriorityForm form = StaffPriorityForm.read(ctx);
        long version = StaffRejections.version(form.version());
        StaffForms.answer(ctx, checks -> form.body(version).draft(checks)
                        .flatMap(draft -> priorities.revise(actor, id, version, draft)),
                revised -> saved(id, "revised"), refused -> {
                    Located located = reading.locate(id);
                    render(ctx, located, form, new StaffPriorityPage.Move("", StaffDates.of(reading.today())),
                            Integer.toString(located.view().priority().rank()),
                            StaffPriorityForm.errors(StaffRejections.reworded(refused, StaffPriorityBody.FIELDS)));
                });
    }

    private void move(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        long version = StaffRejections.version(Requests.field(ctx, StaffPriorityBody.VERSION));
        String typedStatus = Requests.field(ctx, StaffPriorityMove.STATUS);
        StaffDates typedOn = StaffDates.read(ctx, STATUS_ON);
        var checks = new FieldChecks();
        Optional<PriorityStatus> status = StaffPriorityMove.status(checks, StaffPriorityMove.STATUS, typedStatus,
                "Select the status the priority has reached");
        Optional<LocalDate> on = typedOn.date(checks, STATUS_ON, "the date it reached that status");
        StaffForms.answer(ctx, checks.outcome(() -> status.orElseThrow())
                        .flatMap(next -> priorities.moveTo(actor, id, version, next, on.orElseThrow())),
                moved -> saved(id, "status"), refused -> {
                    Located located = reading.locate(id);
                    render(ctx, located, StaffPriorityForm.of(located.view()),
                            new StaffPriorityPage.Move(typedStatus, typedOn),
                            Integer.toString(located.view().priority().rank()),
                            FormErrors.onFields(StaffRejections.reworded(refused, PAGE_DAY),
                                    StaffPriorityMove.STATUS).inOrder(List.of(StaffPriorityMove.STATUS, STATUS_ON)));
                });
    }

    private void rank(Context ctx) {
        Actor actor = StaffAccess.engagementOfficer(ctx);
        PriorityId id = priorityId(ctx);
        long version = StaffRejections.version(Requests.field(ctx, StaffPriorityBody.VERSION));
        String typed = Requests.field(ctx, RANK);
        var checks = new FieldChecks();
        if (checks.required(RANK, typed, "Enter the rank the priority moves to, like 1") && !typed.matches("[0-9]{1,4}")) {
            checks.add(RANK, "The rank must be a whole number, like 1");
        }
        StaffForms.answer(ctx, checks.outcome(() -> Integer.parseInt(typed))
                        .flatMap(to -> priorities.rank(actor, id, version, to)),
                ranked -> {
                    String community = reading.slugOf(ranked.getFirst().priority().community());
                    return community == null ? pageOf(id.toString())
                            : COMMUNITY_PAGES + "/" + community + "?" + SAVED + "=ranked#priorities";
                }, refused -> {
                    Located located = reading.locate(id);
                    render(ctx, located, StaffPriorityForm.of(located.view()),
                            new StaffPriorityPage.Move("", StaffDates.of(reading.today())), typed,
                            FormErrors.onFields(StaffRejections.reworded(refused, PAGE_RANK), RANK));
                });
    }

    private static String saved(PriorityId id, String what) {
        return pageOf(id.toString()) + "?" + SAVED + "=" + what;
    }

    private void render(Context ctx, Located located, StaffPriorityForm form, StaffPriorityPage.Move move,
                        String rank, FormErrors errors) {
        PriorityDetails view = located.view();
        LocalPriority priority = view.priority();
        var summary = new StaffPriorityPage.Summary(priority.id().toString(), Long.toString(priority.version()),
                located.community().community().name(),
                COMMUNITY_PAGES + "/" + located.community().community().slug().value(), priority.rank(),
                located.of(), priority.title(), priority.description(), priority.rationale(),
                priority.status().title(), StaffPriorityChoices.tagClass(priority.status()),
                Formats.date(priority.statusSince()),
                priority.serves().stream().sorted().map(TripleAimDimension::description).toList(),
                view.themeName().orElse("None"), view.ownerName(),
                priority.statusSteps().stream().map(step -> step.status().title() + " on " + Formats.date(step.on()))
                        .toList(),
                priority.history().reversed().stream().map(event -> new StaffPriorityPage.Event(
                        Formats.dateTime(event.at()), event.detail())).toList());
        var choices = new StaffPriorityPage.Choices(StaffPriorityChoices.dimensions(),
                StaffPriorityChoices.themes(themes, form.theme()), StaffPriorityChoices.owners(directory),
                StaffPriorityChoices.statusesBesides(priority.status()));
        ctx.render("staff-life/priority.jte", Map.of("priority", new StaffPriorityPage(summary, form, choices, move,
                rank, errors, NOTICES.get(Objects.requireNonNullElse(ctx.queryParam(SAVED), "")))));
    }
}
