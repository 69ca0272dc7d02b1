package org.bettercaretogether.web.community;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bettercaretogether.application.community.CommunityStory;
import org.bettercaretogether.application.community.ShapeCommunities;
import org.bettercaretogether.application.directory.BrowseDirectory;
import org.bettercaretogether.application.directory.CommunityProfile;
import org.bettercaretogether.application.feedback.ManageThemes;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.application.shared.Outcome;
import org.bettercaretogether.application.shared.RejectedException;
import org.bettercaretogether.application.shared.Rejection;
import org.bettercaretogether.application.team.ReadTeams;
import org.bettercaretogether.application.team.TeamSummary;
import org.bettercaretogether.domain.community.CommunityHistory;
import org.bettercaretogether.domain.community.DevelopmentStage;
import org.bettercaretogether.domain.community.Renaming;
import org.bettercaretogether.domain.community.StageReached;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.StaffDates;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.StaffAddresses;

/**
 * Builds a community's staff page ({@link StaffCommunityPage}) from what the use cases read, for the routes that show
 * it: the page itself, and the forms on it sent back with errors (a priority added, a stage, a renaming, a merger).
 */
public final class StaffCommunityPages {

    /** The success banners, by the {@code saved} query parameter a form's redirect carries. */
    private static final Map<String, String> NOTICES = Map.of(
            "priority", "The priority has been added at the bottom of the ranking.",
            "ranked", "The ranking has been changed.",
            "stage", "The development stage has been recorded.",
            "renamed", "The community has been renamed. Its old address leads here.",
            "merged", "The merger has been recorded.",
            "team", "The team has been saved.");

    private final ReadPriorities priorities;
    private final ReadTeams teams;
    private final ShapeCommunities communities;
    private final ManageThemes themes;
    private final BrowseDirectory directory;
    private final Clock clock;

    public StaffCommunityPages(ReadPriorities priorities, ReadTeams teams, ShapeCommunities communities,
                               ManageThemes themes, BrowseDirectory directory, Clock clock) {
        this.priorities = priorities;
        this.teams = teams;
        this.communities = communities;
        this.themes = themes;
        this.directory = directory;
        this.clock = clock;
    }

    /** The forms as the page first shows them, dated today (UK time). */
    public StaffCommunityPage.Forms fresh() {
        return StaffCommunityPage.Forms.fresh(StaffDates.today(clock));
    }

    /**
     * Renders the staff page of the community at {@code slug}, its forms holding {@code forms} and showing
     * {@code errors}. A community merged into another is no longer in the directory: its page shows its story and
     * what it had, with nothing left to change. An address the community no longer has leads to its current page;
     * one that was never a community's is a 404.
     */
    public void render(Context ctx, Slug slug, StaffCommunityPage.Forms forms, FormErrors errors) {
        Optional<CommunityProfile> found = switch (directory.community(slug)) {
            case Outcome.Done<CommunityProfile>(CommunityProfile profile) -> Optional.of(profile);
            case Outcome.Rejected<CommunityProfile> ignored -> Optional.empty();
        };
        Optional<CommunityStory> story = switch (communities.story(slug)) {
            case Outcome.Done<CommunityStory>(CommunityStory told) -> Optional.of(told);
            case Outcome.Rejected<CommunityStory> ignored -> Optional.empty();
        };
        boolean merged = found.isEmpty() && story.filter(told -> told.slug().equals(slug.value())).isPresent();
        if (found.isEmpty() && !merged) {
            Slug now = communities.whereIs(slug).orElseThrow(() -> new RejectedException(
                    new Rejection.NotFound("community", slug.value())));
            ctx.redirect(StaffCommunityRoutes.PAGES + "/" + now.value(), HttpStatus.SEE_OTHER);
            return;
        }
        CommunityStory told = story.orElseThrow();
        List<PriorityDetails> ranked = priorities.ofCommunity(slug).orElseThrow();
        TeamSummary team = teams.team(slug).orElseThrow();
        String network = found.map(profile -> profile.network().name()).orElse(null);
        String stage = found.flatMap(profile -> profile.community().stage()).map(StaffCommunityPages::stage)
                .or(() -> told.history().stages().stream().reduce((earlier, later) -> later)
                        .map(StaffCommunityPages::stage))
                .orElse(null);
        ctx.render("staff-life/community.jte", Map.of("community", new StaffCommunityPage(
                summary(told, network, stage), rows(ranked, merged),
                new StaffCommunityPage.Team(StaffAddresses.PAGES + "/communities/" + slug.value() + "/team",
                        team.lines().size(),
                        team.totalHeadcount(), team.totalWholeTimeEquivalents().stripTrailingZeros().toPlainString(),
                        team.asOf().map(Formats::date).orElse(null)),
                forms,
                new StaffCommunityPage.Choices(StaffPriorityChoices.dimensions(),
                        StaffPriorityChoices.themes(themes, forms.priority().theme()),
                        StaffPriorityChoices.owners(directory), stages(),
                        directory.communities().stream().map(CommunityProfile::community)
                                .filter(other -> !other.slug().equals(slug))
                                .map(other -> new Choice(other.slug().value(), other.name())).toList()),
                errors, NOTICES.get(Objects.requireNonNullElse(ctx.queryParam("saved"), "")))));
    }

    static List<Choice> stages() {
        return Arrays.stream(DevelopmentStage.values())
                .map(stage -> new Choice(stage.name(), stage.description())).toList();
    }

    /** A stage in words: "Developing: the team works together... (since 1 March 2026)". */
    static String stage(StageReached reached) {
        return reached.stage().description() + " (since " + Formats.date(reached.reachedOn()) + ")";
    }

    private static StaffCommunityPage.Summary summary(CommunityStory story, String network, String stage) {
        CommunityHistory history = story.history();
        return new StaffCommunityPage.Summary(story.community(), story.slug(), network, stage,
                history.merger().map(merger -> merger.intoName() + ", from " + Formats.date(merger.effectiveOn()))
                        .orElse(null),
                story.mergedIntoSlug().map(into -> StaffCommunityRoutes.PAGES + "/" + into).orElse(null),
                storyLines(history));
    }

    /** The community's story, one dated line per step, oldest first. */
    static List<String> storyLines(CommunityHistory history) {
        record Line(LocalDate on, String text) {
        }
        List<Line> lines = new ArrayList<>();
        for (StageReached stage : history.stages()) {
            lines.add(new Line(stage.reachedOn(), Formats.date(stage.reachedOn()) + ": reached the stage "
                    + stage.stage().name().charAt(0) + stage.stage().name().substring(1).toLowerCase()));
        }
        for (Renaming renaming : history.renamings()) {
            lines.add(new Line(renaming.effectiveOn(), Formats.date(renaming.effectiveOn()) + ": renamed from "
                    + renaming.fromName() + " (" + renaming.fromSlug() + ") to " + renaming.toName() + " ("
                    + renaming.toSlug() + ")"));
        }
        history.merger().ifPresent(merger -> lines.add(new Line(merger.effectiveOn(),
                Formats.date(merger.effectiveOn()) + ": merged into " + merger.intoName())));
        return lines.stream().sorted(Comparator.comparing(Line::on)).map(Line::text).toList();
    }

    /** The ranking; a merged community's is history, shown without links or buttons. */
    private static List<StaffCommunityPage.PriorityRow> rows(List<PriorityDetails> ranked, boolean merged) {
        int last = ranked.size();
        return ranked.stream().map(view -> {
            LocalPriority priority = view.priority();
            int rank = priority.rank();
            String href = merged ? null : StaffPriorityRoutes.pageOf(priority.id().toString());
            return new StaffCommunityPage.PriorityRow(rank, priority.title(), href, priority.status().title(),
                    StaffPriorityChoices.tagClass(priority.status()),
                    Formats.list(priority.serves().stream().sorted().map(TripleAimDimension::description).toList()),
                    view.themeName().orElse("None"), view.ownerName(), href + "/rank",
                    Long.toString(priority.version()), !merged && rank > 1 ? rank - 1 : 0,
                    !merged && rank < last ? rank + 1 : 0);
        }).toList();
    }
}
