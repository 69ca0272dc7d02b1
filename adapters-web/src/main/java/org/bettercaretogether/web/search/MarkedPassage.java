package org.bettercaretogether.web.search;

import org.bettercaretogether.application.search.Snippet;

/**
 * A passage of a result as HTML: every part escaped, then each match wrapped in {@code <mark>}. The only markup in the
 * answer is the marks made here; whatever the text held ({@code <script>}, {@code &amp;}) is shown as text.
 */
final class MarkedPassage {

    private MarkedPassage() {
    }

    static String html(Snippet snippet) {
        StringBuilder html = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) {
            if (part.match()) {
                html.append("<mark>");
            }
            escape(part.text(), html);
            if (part.match()) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
