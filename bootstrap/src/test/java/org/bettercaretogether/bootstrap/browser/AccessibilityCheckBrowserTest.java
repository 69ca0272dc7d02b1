package org.bettercaretogether.bootstrap.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check the accessibility tests rely on, tried on pages with known faults: it must find what Deque's own
 * {@link AxeBuilder} finds, on a page checked once and again after a change, and a page too wide for a phone.
 */
@ExtendWith(BrowserTests.class)
@Order(6) // the shorter ones fill in after
@Execution(ExecutionMode.CONCURRENT)
class AccessibilityCheckBrowserTest {

    /** An image with no text, a field with no label, a link with no name, grey on white and a page 600 px wide. */
    private static final String FAULTY = """
            <!DOCTYPE html><html lang="en"><head><title>Faults</title></head><body><main>
            <h1>Faults</h1>
            <img id="picture" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <input id="nameless" type="text">
            <a id="empty-link" href="/somewhere"></a>
            <p id="faint" style="color: #bbbbbb; background: #ffffff">Hard to read</p>
            <div id="wide" style="width: 600px">Too wide</div>
            </main></body></html>""";

    private Page page;

    @AfterEach
    void closeTheWindow() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void finds_what_axe_builder_finds_and_each_time_it_is_asked(Site site, Chromium chromium) {
        page = chromium.open(Viewport.PHONE, site.url());
        page.setContent(FAULTY);

        List<String> found = Accessibility.violations(page);
        assertThat(found).anyMatch(line -> line.contains("image-alt") && line.contains("#picture"))
                .anyMatch(line -> line.contains("label") && line.contains("#nameless"))
                .anyMatch(line -> line.contains("link-name") && line.contains("#empty-link"))
                .anyMatch(line -> line.contains("color-contrast") && line.contains("#faint"));
        assertThat(ruleAndElement(found)).containsExactlyInAnyOrderElementsOf(ruleAndElement(
                new AxeBuilder(page).withTags(Accessibility.WCAG_22_AA).analyze().getViolations().stream()
                        .flatMap(rule -> rule.getNodes().stream().map(node -> rule.getId() + " "
                                + node.getTarget())).toList()));

        page.locator("#picture").evaluate("image => image.alt = 'A dot'");
        assertThat(Accessibility.violations(page)).as("checked again once the image has its text")
                .noneMatch(line -> line.contains("image-alt")).anyMatch(line -> line.contains("#nameless"));

        assertThat(Accessibility.problems(page, Viewport.PHONE))
                .anyMatch(line -> line.endsWith(" px wide when shown 320 px wide"));
        assertThat(page.viewportSize().width).as("the page is shown at its size again").isEqualTo(375);
    }

    @Test
    void checks_a_page_at_each_width_as_it_is_drawn_there_once_its_scripts_have_followed_the_change(Site site,
                                                                                                 Chromium chromium) {
        page = chromium.open(Viewport.DESKTOP, site.url());
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Narrow faults</title>
                <style>@media (max-width: 640px) { #faint-on-phones { color: #bbbbbb } }</style></head>
                <body><main><h1>Narrow faults</h1>
                <p id="faint-on-phones">Hard to read on a phone</p>
                <img id="nameless-on-phones" alt="A dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <script>
                  const narrow = matchMedia('(max-width: 640px)');
                  const image = document.getElementById('nameless-on-phones');
                  narrow.addEventListener('change', () => narrow.matches ? image.removeAttribute('alt')
                      : image.setAttribute('alt', 'A dot'));
                </script></main></body></html>""");
        List<Viewport> shown = new ArrayList<>();

        List<String> found = Accessibility.problems(page, EnumSet.allOf(Viewport.class), viewport -> {
            assertThat(page.viewportSize().width).isEqualTo(viewport.width);
            shown.add(viewport);
        });

        assertThat(shown).as("the width it was shown at first, then the other").containsExactly(Viewport.DESKTOP,
                Viewport.PHONE);
        assertThat(found).hasSize(2).allMatch(line -> line.startsWith("[" + Viewport.PHONE + "] "))
                .anyMatch(line -> line.contains("color-contrast") && line.contains("#faint-on-phones"))
                .anyMatch(line -> line.contains("image-alt") && line.contains("#nameless-on-phones"));
        assertThat(Accessibility.problemsAtEveryWidth(page)).as("checked on the phone first, where it is now")
                .hasSize(2);
    }

    @Test
    void finds_nothing_on_a_page_without_faults(Site site, Chromium chromium) {
        page = chromium.open(Viewport.DESKTOP, site.url());
        page.setContent("""
                <!DOCTYPE html><html lang="en"><head><title>Fine</title></head><body><main>
                <h1>Fine</h1><p>Nothing wrong here.</p></main></body></html>""");

        assertThat(Accessibility.problems(page, Viewport.DESKTOP)).isEmpty();
    }

    /** Each line's rule and element, whoever wrote it. */
    private static List<String> ruleAndElement(List<String> lines) {
        return lines.stream().map(line -> line.replaceAll("^.*?: ", "").replaceAll(" \\(.*\\) at ", " ")
                .replaceAll(" — .*$", "").replaceAll("[\\[\\]\"]", "")).sorted().toList();
    }
}
