package org.bettercaretogether.web.change;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bettercaretogether.application.change.ChangeSummary;
import org.bettercaretogether.domain.change.ChangeMade;
import org.bettercaretogether.domain.feedback.FeedbackReference;
import org.bettercaretogether.domain.feedback.ThemeId;

/**
 * A change made as the staff API answers it: what the public sees of it, with the {@code version} a revision or a
 * step on must quote, the references of every view linked to it ({@code views}, published or not), how many of them
 * are published, and its themes by id and name. A revision sends back {@code title}, {@code description},
 * {@code community} or {@code workstream} (the {@code where.slug}), {@code views}, the theme ids and
 * {@code consultation} (the {@code cameFrom.slug}, if the change came from a consultation).
 */
public record StaffChangeJson(String id, long version, String title, String description, String status,
                              LocalDate plannedOn, LocalDate startedOn, LocalDate madeOn, ChangeJson.Where where,
                              List<String> views, int publishedViews, List<ThemeJson.Public> themes,
                              ChangeJson.CameFrom cameFrom) {

    public StaffChangeJson {
        views = List.copyOf(views);
        themes = List.copyOf(themes);
    }

    /** The change of {@code summary}, its themes named from {@code themeNames} (by id). */
    static StaffChangeJson of(ChangeSummary summary, Map<ThemeId, String> themeNames) {
        ChangeMade change = summary.change();
        return new StaffChangeJson(change.id().toString(), change.version(), change.title(), change.description(),
                change.status().name(), change.plannedOn(), change.startedOn().orElse(null),
                change.madeOn().orElse(null), ChangeJson.Where.of(summary),
                summary.viewReferences().stream().map(FeedbackReference::value).toList(),
                summary.publishedViewCount(),
                change.themes().stream().filter(themeNames::containsKey)
                        .map(id -> new ThemeJson.Public(id.toString(), themeNames.get(id)))
                        .sorted(Comparator.comparing(ThemeJson.Public::name)).toList(),
                ChangeJson.CameFrom.of(summary));
    }
}
