package org.bettercaretogether.web.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bettercaretogether.application.priority.PriorityDetails;
import org.bettercaretogether.application.priority.ReadPriorities;
import org.bettercaretogether.domain.priority.LocalPriority;
import org.bettercaretogether.domain.priority.PriorityEvent;
import org.bettercaretogether.domain.priority.StatusStep;
import org.bettercaretogether.domain.shared.Slug;
import org.bettercaretogether.domain.shared.UkTime;
import org.bettercaretogether.domain.vanguard.TripleAimDimension;
import org.bettercaretogether.web.platform.Formats;
import org.bettercaretogether.web.platform.StatusTags;

/**
 * What a community's own page shows of its local priorities: each one in rank order, with its status as a tag, what
 * it is, why it was chosen, the triple-aim outcomes it serves, its theme and owner, and its history.
 *
 * <pre>{@code
 * ctx.render("directory/community.jte", Map.of(..., "priorities", PrioritySection.community(priorities, slug, name)));
 * }</pre>
 * and in the template {@code @template.priority.section(priorities = priorities)}.
 */
public record PrioritySection(String name, List<Card> priorities) {

    /** The page comparing every community's priorities. */
    public static final String COMPARISON_PAGE = "/priorities";

    public PrioritySection {
        priorities = List.copyOf(priorities);
    }

    /**
     * One priority.
     *
     * @param tagClasses the classes of its status tag
     * @param since      the day its status was reached, as people read it
     * @param serves     the triple-aim outcomes it serves, as the programme words them
     * @param ownerHref  the page of the partner that owns it
     * @param history    its status steps and changes, oldest first
     */
    public record Card(int rank, String title, String status, String tagClasses, String since, String description,
                       String rationale, List<String> serves, String theme, String owner, String ownerHref,
                       List<Moment> history) {
    }

    /** A dated line of a priority's history. */
    public record Moment(String day, String what) {
    }

    /** The section of the community {@code slug}, called {@code name}; the community must exist. */
    public static PrioritySection community(ReadPriorities priorities, Slug slug, String name) {
        return new PrioritySection(name, priorities.ofCommunity(slug).orElseThrow().stream()
                .map(PrioritySection::card).toList());
    }

    private static Card card(PriorityDetails view) {
        LocalPriority priority = view.priority();
        return new Card(priority.rank(), priority.title(), priority.status().title(),
                StatusTags.classes(priority.status()), Formats.date(priority.statusSince()), priority.description(),
                priority.rationale(),
                priority.serves().stream().sorted(Comparator.naturalOrder()).map(TripleAimDimension::description)
                        .toList(),
                view.themeName().orElse("No theme"), view.ownerName(), "/partners/" + priority.owner(),
                history(priority));
    }

    /**
     * The status steps, dated by the day each status was reached (which staff may give as earlier than the day they
     * recorded it), with the rank changes and revisions, dated by when they were made. The steps already say what
     * the "added" and "status" events say, so those are not repeated.
     */
    private static List<Moment> history(LocalPriority priority) {
        record Dated(LocalDate day, String what) {
        }
        List<Dated> lines = new ArrayList<>();
        List<StatusStep> steps = priority.statusSteps();
        for (int i = 0; i < steps.size(); i++) {
            StatusStep step = steps.get(i);
            lines.add(new Dated(step.on(), i == 0 ? "Added as " + step.status().title().toLowerCase()
                    : "Status changed to " + step.status().title().toLowerCase()));
        }
        for (PriorityEvent event : priority.history()) {
            switch (event.kind()) {
                case RANKED -> lines.add(new Dated(UkTime.dayOf(event.at()), event.detail()));
                case REVISED -> lines.add(new Dated(UkTime.dayOf(event.at()), "Description revised"));
                case ADDED, STATUS -> {
                }
            }
        }
        return lines.stream().sorted(Comparator.comparing(Dated::day))
                .map(line -> new Moment(Formats.date(line.day()), line.what())).toList();
    }
}
