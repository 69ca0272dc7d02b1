package org.bettercaretogether.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A markdown table with its columns padded, so that it reads as well on a terminal as on a rendered page. */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("A row of " + cells.length + " cells in a table of " + header.size());
        }
        rows.add(Arrays.stream(cells).map(cell -> cell.replace("|", "\\|")).toList());
        return this;
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Math.max(3, header.get(column).length());
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        line(table, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(table, rule, widths);
        rows.forEach(row -> line(table, row, widths));
        return table.toString();
    }

    private static void line(StringBuilder table, List<String> cells, int[] widths) {
        table.append('|');
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            table.append(' ').append(cell).append(" ".repeat(Math.max(0, widths[column] - cell.length()))).append(" |");
        }
        table.append('\n');
    }
}
