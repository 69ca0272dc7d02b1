package org.bettercaretogether.application.priority;

import org.bettercaretogether.domain.priority.PriorityStatus;

import java.util.List;

/**
 * Which priorities each community holds, side by side: one row per theme (and a last row for priorities without a
 * theme), one column per community (all of them, in name order, merged ones left out), each cell the titles of that
 * community's priorities under that theme that are not dropped, with their rank.
 */
public record PriorityComparison(List<Column> communities, List<Row> rows) {

    public record Column(String slug, String name) {
    }

    public record Row(String theme, List<List<Cell>> cells) {
    }

    public record Cell(int rank, String title, PriorityStatus status) {
    }
}
