package org.bettercaretogether.bootstrap.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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

    /** axe-core as Deque's Java library ships it (the version its {@link AxeBuilder} runs), read once. */
    private static final String AXE_SOURCE = axeSource();

    /**
     * Runs axe on the whole document with the rules of {@code tags}, answering each violated rule with its failing
     * elements (the passes and the rest are not gathered), or {@code null} when axe is not in the page yet.
     */
    private static final String RUN_AXE = """
            async tags => {
              if (typeof window.axe?.run !== 'function') {
                return null;
              }
              const results = await window.axe.run(document,
                  {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
              return results.violations.map(rule => ({id: rule.id, help: rule.help,
                  nodes: rule.nodes.map(node => ({target: JSON.stringify(node.target), html: node.html}))}));
            }""";

    /** Answers once the page has drawn the next frame and begun the one after. */
    private static final String NEXT_FRAME =
            "() => new Promise(drawn => requestAnimationFrame(() => requestAnimationFrame(drawn)))";

    private Accessibility() {
    }

    /**
     * Has axe-core start in every document {@code page}'s window loads from now on, as the document starts, so that
     * a check finds it there instead of sending the script for each page.
     */
    static Page checking(Page page) {
        page.context().addInitScript("(" + AXE_SOURCE + ")();");
        return page;
    }

    /**
     * The page's problems at a phone's width and a laptop's, as {@link #problems(Page, Collection, Consumer)} finds
     * them.
     */
    static List<String> problemsAtEveryWidth(Page page) {
        return problems(page, EnumSet.allOf(Viewport.class), viewport -> {
        });
    }

    /**
     * The page's problems at each of {@code viewports} in turn, the one it is shown at first, so that it is resized
     * once at most rather than loaded again: its WCAG violations at each, and on a phone whether it also fits the
     * narrowest screen. {@code atEach} is called while the page is shown at each, once it is checked (for a
     * screenshot, say). The page is left at the last one.
     */
    static List<String> problems(Page page, Collection<Viewport> viewports, Consumer<Viewport> atEach) {
        List<Viewport> inTurn = new ArrayList<>(viewports);
        inTurn.sort(Comparator.comparing(viewport -> !isShownAt(page, viewport)));
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : inTurn) {
            problems.addAll(problems(page, viewport));
            atEach.accept(viewport);
        }
        return problems;
    }

    /**
     * The page's WCAG violations at {@code viewport}'s size, and on a phone whether it also fits the narrowest screen,
     * each line saying which. The page is shown at that size first if it is not already, and left at it.
     */
    static List<String> problems(Page page, Viewport viewport) {
        showAt(page, viewport);
        List<String> problems = new ArrayList<>(violations(page));
        if (viewport == Viewport.PHONE) {
            widerThan(page, NARROWEST).ifPresent(problems::add);
        }
        return problems.stream().map(problem -> "[" + viewport + "] " + problem).toList();
    }

    /**
     * Shows the page at {@code viewport}'s size, as a person resizing the window would, and waits until it has drawn
     * itself at it: the scripts that follow a media query (GOV.UK's header and service navigation hide their menus
     * behind a button on a phone) are told of its change before the next frame's animation callbacks.
     */
    static void showAt(Page page, Viewport viewport) {
        if (!isShownAt(page, viewport)) {
            page.setViewportSize(viewport.width, viewport.height);
            page.evaluate(NEXT_FRAME);
        }
    }

    private static boolean isShownAt(Page page, Viewport viewport) {
        var size = page.viewportSize();
        return size.width == viewport.width && size.height == viewport.height;
    }

    /**
     * The violations on the page as it is once its components have started, one line per rule and failing element;
     * empty when there are none.
     *
     * <p>axe-core runs once on the whole document, and only the violations come back. It is in the page already when
     * the window was opened {@linkplain #checking(Page) for checking}, and is otherwise injected once per page load
     * (it stays until the page changes, so a second check of the same page reuses it). Deque's {@link AxeBuilder}
     * would inject the 550 kB script into the page twice, open a page of its own to gather the results in, and send
     * every rule's passes across too, for every check: three times as long. A page with frames, which the site does
     * not have, is left to {@link AxeBuilder}, which injects axe into each of them.
     */
    static List<String> violations(Page page) {
        page.waitForFunction(COMPONENTS_STARTED);
        if (page.frames().size() > 1) {
            return violationsWithFrames(page);
        }
        Object found = page.evaluate(RUN_AXE, WCAG_22_AA);
        if (found == null) {
            page.evaluate(AXE_SOURCE);
            found = page.evaluate(RUN_AXE, WCAG_22_AA);
        }
        if (!(found instanceof List<?> rules)) {
            throw new IllegalStateException("axe could not check " + page.url() + ": it answered " + found);
        }
        List<String> violations = new ArrayList<>();
        for (Object each : rules) {
            Map<?, ?> rule = (Map<?, ?>) each;
            for (Object node : (List<?>) rule.get("nodes")) {
                Map<?, ?> element = (Map<?, ?>) node;
                violations.add(path(page) + ": " + rule.get("id") + " (" + rule.get("help") + ") at "
                        + element.get("target") + " — " + element.get("html"));
            }
        }
        return violations;
    }

    private static List<String> violationsWithFrames(Page page) {
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

    private static String axeSource() {
        try (InputStream script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is missing from Deque's axe-core library");
            }
            // As a function's body, as AxeBuilder injects it: axe sets window.axe whatever the page defines.
            return "() => {" + new String(script.readAllBytes(), StandardCharsets.UTF_8) + "\n}";
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
