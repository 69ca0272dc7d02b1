package org.bettercaretogether.web.insights;

import org.bettercaretogether.application.insights.Insights;
import org.bettercaretogether.application.shared.PublishedCount;

import java.util.List;

/**
 * Draws a chart as SVG, a horizontal bar a row, each labelled with its name and its count in words, so that nothing
 * rests on colour: GOV.UK blue bars (5.2:1 on white) and near-black text. A count not shown exactly is drawn as a
 * short hatched bar of the same size whatever it hides, labelled as the table says ("fewer than 5"), so that its
 * length gives nothing away. The SVG is an image with the chart's title and summary as its name and description;
 * its figures are read from the table beside it.
 */
final class BarChart {

    /** About the width of half the page's column, so that the text is drawn at about its own size. */
    private static final int WIDTH = 480;
    private static final int LABELS = 190;
    private static final int BARS = 200;
    private static final int ROW = 26;
    private static final int BAR = 18;
    private static final int TOP = 8;
    private static final int HIDDEN_BAR = 10;
    private static final String BLUE = "#1d70b8";
    private static final String TEXT = "#0b0c0c";
    private static final String HATCH = "#505a5f";

    private BarChart() {
    }

    static String svg(Chart chart) {
        List<Insights.Row> rows = chart.rows();
        int most = rows.stream().mapToInt(row -> row.count() instanceof PublishedCount.Exact exact ? exact.value() : 0)
                .max().orElse(0);
        int height = TOP * 2 + rows.size() * ROW;
        String id = "chart-" + chart.id();
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bct-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" font-family=\"Arial, sans-serif\" font-size=\"14\">")
                .append("<title id=\"").append(id).append("-title\">").append(escaped(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escaped(chart.summary())).append("</desc>")
                .append("<defs><pattern id=\"").append(id).append("-hatch\" patternUnits=\"userSpaceOnUse\" ")
                .append("width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" ")
                .append("fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(HATCH)
                .append("\" stroke-width=\"3\"/></pattern></defs>");
        for (int i = 0; i < rows.size(); i++) {
            Insights.Row row = rows.get(i);
            int y = TOP + i * ROW;
            int middle = y + ROW / 2 + 5;
            svg.append("<text x=\"").append(LABELS - 8).append("\" y=\"").append(middle)
                    .append("\" text-anchor=\"end\" fill=\"").append(TEXT).append("\">")
                    .append(escaped(shortened(row.name()))).append("</text>");
            int length;
            if (row.count() instanceof PublishedCount.Exact exact) {
                length = most == 0 ? 0 : (int) Math.round((double) BARS * exact.value() / most);
                if (length > 0) {
                    svg.append("<rect x=\"").append(LABELS).append("\" y=\"").append(y + (ROW - BAR) / 2)
                            .append("\" width=\"").append(length).append("\" height=\"").append(BAR)
                            .append("\" fill=\"").append(BLUE).append("\"/>");
                }
            } else {
                length = HIDDEN_BAR;
                svg.append("<rect x=\"").append(LABELS).append("\" y=\"").append(y + (ROW - BAR) / 2)
                        .append("\" width=\"").append(length).append("\" height=\"").append(BAR)
                        .append("\" fill=\"url(#").append(id).append("-hatch)\" stroke=\"").append(HATCH)
                        .append("\"/>");
            }
            svg.append("<text x=\"").append(LABELS + length + 6).append("\" y=\"").append(middle)
                    .append("\" fill=\"").append(TEXT).append("\">").append(escaped(row.count().text()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A name that fits beside its bar; the table beside the chart gives it whole. */
    private static String shortened(String name) {
        return name.length() <= 26 ? name : name.substring(0, 25).strip() + "…";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
