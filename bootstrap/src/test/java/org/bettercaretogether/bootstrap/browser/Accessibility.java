package org.bettercaretogether.bootstrap.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The WCAG 2.2 AA checks axe-core can make on a page, and what it found, in words a developer can act on. */
final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what UK public sector sites must meet. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The width a page must fit without scrolling sideways: 1280 px zoomed to 400 % (WCAG 1.4.10, reflow). */
    static final int NARROWEST = 320;

    /**
     * Whether the design system's scripts have started every component of the page (each marks its element
     * {@code data-<module>-init} once it has; the radios, say, have then shown or hidden their conditional questions).
     * They start from a module script after the page has loaded, so a check made before would see another page.
     */
    private static final String COMPONENTS_STARTED = """
            () => document.querySelector('script[data-govuk-frontend]') === null
                || Array.from(document.querySelectorAll('[data-module]'))
                    .every(element => element.hasAttribute(`data-${element.dataset.module}-init`))""";

    private Accessibility() {
    }

    /** The page's WCAG violations, and on a phone whether it also fits the narrowest screen. */
    static List<String> problems(Page page, Viewport viewport) {
        List<String> problems = new ArrayList<>(violations(page));
        if (viewport == Viewport.PHONE) {
            widerThan(page, NARROWEST).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * The violations on the page as it is once its components have started, one line per rule and failing element;
     * empty when there are none.
     */
    static List<String> violations(Page page) {
        page.waitForFunction(COMPONENTS_STARTED);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe could not check " + page.url() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().flatMap(rule -> describe(page, rule).stream()).toList();
    }

    /**
     * Whether the page, shown {@code width} px wide, makes a reader scroll sideways (WCAG 1.4.10, reflow): a wide
     * table may scroll within its own region, but the page itself may not. The page is shown at its size again after.
     */
    static Optional<String> widerThan(Page page, int width) {
        var size = page.viewportSize();
        page.setViewportSize(width, size.height);
        try {
            int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            return scrollWidth > width
                    ? Optional.of(path(page) + ": " + scrollWidth + " px wide when shown " + width + " px wide")
                    : Optional.empty();
        } finally {
            page.setViewportSize(size.width, size.height);
        }
    }

    private static List<String> describe(Page page, Rule rule) {
        return rule.getNodes().stream().map(node -> path(page) + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                + node.getTarget() + " — " + node.getHtml()).collect(Collectors.toList());
    }

    private static String path(Page page) {
        return java.net.URI.create(page.url()).getRawPath();
    }
}
