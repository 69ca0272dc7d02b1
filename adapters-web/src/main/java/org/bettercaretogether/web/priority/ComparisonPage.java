package org.bettercaretogether.web.priority;

import java.util.List;
import org.bettercaretogether.application.priority.PriorityComparison;
import org.bettercaretogether.domain.priority.PriorityStatus;
import org.bettercaretogether.web.platform.StatusTags;

/**
 * The page comparing priorities: one column per community, one row per theme, each cell the community's priorities
 * under that theme with their rank and status.
 */
public record ComparisonPage(List<PublicComparison.Community> communities, List<Row> rows) {

    public ComparisonPage {
        communities = List.copyOf(communities);
        rows = List.copyOf(rows);
    }

    /** A theme, and each community's priorities under it, in the order of the columns. */
    public record Row(String theme, List<List<Entry>> cells) {
    }

    /** A priority in a cell. */
    public record Entry(int rank, String title, String status, String tagClasses) {
    }

    /** Whether any community has a priority that is not dropped. */
    public boolean anyPriorities() {
        return !rows.isEmpty();
    }

    static ComparisonPage of(PriorityComparison comparison) {
        PublicComparison json = PublicComparison.of(comparison);
        return new ComparisonPage(json.communities(), json.rows().stream()
                .map(row -> new Row(row.theme(), row.cells().stream()
                        .map(cell -> cell.priorities().stream().map(ComparisonPage::entry).toList()).toList()))
                .toList());
    }

    private static Entry entry(PublicComparison.Priority priority) {
        PriorityStatus status = PriorityStatus.valueOf(priority.status());
        return new Entry(priority.rank(), priority.title(), status.title(), StatusTags.classes(status));
    }
}
