package org.bettercaretogether.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small readings of an HTML page, for tests that check what a person would see. ({@link Answers#page} asserts
 * an answer is one.)
 */
public final class Html {

    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?) – Better Care Together</title>");
    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", Pattern.DOTALL);

    private Html() {
    }

    /** The text of the page's one h1 (asserting there is exactly one). */
    public static String h1(String html) {
        Matcher matcher = H1.matcher(html);
        List<String> headings = new ArrayList<>();
        while (matcher.find()) {
            headings.add(text(matcher.group(1)));
        }
        assertThat(headings).as("one h1 per page").hasSize(1);
        return headings.getFirst();
    }

    /** The page's title, without the service name the layout adds. */
    public static String title(String html) {
        Matcher matcher = TITLE.matcher(html);
        assertThat(matcher.find()).as("a title naming the service").isTrue();
        return matcher.group(1);
    }

    /** Each link on the page: its address and its text. */
    public static List<Link> links(String html) {
        List<Link> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            links.add(new Link(matcher.group(1), text(matcher.group(2))));
        }
        return links;
    }

    /** Text without tags, whitespace collapsed and the common entities read. */
    public static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    public record Link(String href, String text) {
    }
}
