package org.bettercaretogether.web.community;

import java.time.LocalDate;
import java.util.List;
import org.bettercaretogether.web.platform.Choice;
import org.bettercaretogether.web.platform.FormErrors;
import org.bettercaretogether.web.platform.StaffDates;

/**
 * The model of a community's staff page, {@code /staff/communities/{slug}}: the community and its story, its ranked
 * priorities (each with buttons that move it up or down), its team in figures, and the forms that add a priority,
 * record a development stage, rename it and merge it into another. {@code errors} holds the errors of whichever form
 * was sent back; the forms keep what was typed.
 */
public record StaffCommunityPage(Summary community, List<PriorityRow> priorities, Team team, Forms forms,
                                 Choices choices, FormErrors errors, String notice) {

    public StaffCommunityPage {
        priorities = List.copyOf(priorities);
    }

    /**
     * The community: its name and address, its network, its stage in words (null when none is recorded), the
     * community it was merged into (null unless it was) and its story, one line per step, oldest first.
     */
    public record Summary(String name, String slug, String network, String stage, String mergedInto,
                          String mergedIntoHref, List<String> story) {

        public boolean merged() {
            return mergedInto != null;
        }
    }

    /**
     * One priority of the ranking: what the page shows of it, the address its rank form posts to with the version it
     * was read at, and the ranks the "move up" and "move down" buttons ask for (0 where there is no button).
     */
    public record PriorityRow(int rank, String title, String href, String status, String statusClass, String serves,
                              String theme, String owner, String rankAction, String version, int up, int down) {
    }

    /** The team in figures: its lines, total headcount and whole-time equivalents, the day they describe. */
    public record Team(String href, int lines, int headcount, String wholeTimeEquivalents, String asOf) {
    }

    /** What the page's forms hold: a new priority, a stage, a new name and address, the community it joins. */
    public record Forms(StaffPriorityForm priority, String stage, StaffDates reachedOn, String name, String slug,
                        StaffDates renamedOn, String into, StaffDates mergedOn) {

        /** The forms as the page first shows them, dated {@code today}. */
        public static Forms fresh(LocalDate today) {
            StaffDates day = StaffDates.of(today);
            return new Forms(StaffPriorityForm.empty(), "", day, "", "", day, "", day);
        }

        public Forms withPriority(StaffPriorityForm typed) {
            return new Forms(typed, stage, reachedOn, name, slug, renamedOn, into, mergedOn);
        }

        Forms withStage(String typedStage, StaffDates typedOn) {
            return new Forms(priority, typedStage, typedOn, name, slug, renamedOn, into, mergedOn);
        }

        Forms withRenaming(String typedName, String typedSlug, StaffDates typedOn) {
            return new Forms(priority, stage, reachedOn, typedName, typedSlug, typedOn, into, mergedOn);
        }

        Forms withMerger(String typedInto, StaffDates typedOn) {
            return new Forms(priority, stage, reachedOn, name, slug, renamedOn, typedInto, typedOn);
        }
    }

    /** What the forms offer: the triple aim, themes and partners of a priority; the stages; the communities to join. */
    public record Choices(List<Choice> dimensions, List<Choice> themes, List<Choice> owners, List<Choice> stages,
                          List<Choice> communities) {
    }

    public String title() {
        return errors.isEmpty() ? community.name() : "Error: " + community.name();
    }

    /** Where each form posts. */
    public String action(String what) {
        return StaffCommunityRoutes.PAGES + "/" + community.slug() + "/" + what;
    }
}
