package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, found by following the links from the home page, and every error state a person can meet,
 * checked by axe-core against WCAG 2.2 AA in Chromium at a phone's width and a laptop's.
 */
@ExtendWith(BrowserTests.class)
class PublicPagesAccessibilityBrowserTest {

    /** Addresses that are not pages for people, or not public, or are reached only by a private link. */
    private static final Pattern NOT_A_PUBLIC_PAGE = Pattern.compile(
            "^/(api|webjars|assets|health|metrics|track|registrations)(/.*)?$|^/staff(?!/sign-in$)(/.*)?$"
                    + "|\\.(ics|csv|json|css|js|png|svg|ico)$");

    /** The pages whose screenshots are worth a look after every run (and in the README). */
    private static final Map<String, String> SCREENSHOTS = Map.of("/", "home", "/communities/kendal", "community",
            "/share-your-view", "share-your-view", "/communities", "communities", "/priorities", "priorities",
            "/key-questions", "key-questions");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void every_public_page_reached_from_the_home_page_has_no_wcag_violations_and_fits_320_px(
            Viewport viewport, Site site, Chromium chromium) {
        Page page = Accessibility.checking(chromium.open(viewport, site.url()));
        // Every page is checked on the desktop; the phone, where the same template adds only its narrow layout,
        // checks a few pages of each kind. The community with content first, so that its pages are among those.
        int pagesOfAKind = viewport == Viewport.PHONE ? Crawl.PHONE_PAGES_OF_A_KIND : Crawl.EVERY_PAGE;
        Crawl crawl = Crawl.walk(page, viewport, pagesOfAKind, path -> !NOT_A_PUBLIC_PAGE.matcher(path).find(),
                List.of("/", "/communities/kendal", site.meetingPath(), site.trackingPath(), site.registrationPath(),
                        "/you-said-we-did", "/staff/sign-in"), address -> {
                    if (SCREENSHOTS.containsKey(address)) {
                        Screenshots.save(page, SCREENSHOTS.get(address), viewport);
                    }
                });
        page.context().close();
        Set<String> visited = crawl.visited();
        System.out.printf("Accessibility at %s: %d pages checked%n", viewport, visited.size());

        assertThat(crawl.unvisited()).as("links left unvisited after %d pages: the site's addresses never run out?",
                Crawl.MOST_PAGES).isEmpty();
        assertThat(crawl.problems()).as("pages that did not answer 200, and WCAG 2.2 AA violations on %d pages",
                visited.size()).isEmpty();
        assertThat(visited).as("the pages crawled").contains("/", "/communities", "/communities/kendal",
                "/share-your-view", "/priorities", "/integrated-teams", "/you-said-we-did", "/partners",
                "/accessibility", "/privacy", "/contact", "/key-questions", "/staff/sign-in", site.meetingPath())
                .hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void every_error_state_has_no_wcag_violations_and_fits_320_px(Viewport viewport, Site site, Chromium chromium) {
        Page page = Accessibility.checking(chromium.open(viewport, site.url()));
        List<String> violations = new ArrayList<>();

        page.navigate("/share-your-view");
        Forms.submitExpectingErrors(page, "form:has(#text)");
        violations.addAll(Accessibility.problems(page, viewport));
        Screenshots.save(page, "share-your-view-errors", viewport);

        page.navigate("/find?place=");
        violations.addAll(Accessibility.problems(page, viewport));
        page.navigate("/find?place=Atlantis");
        violations.addAll(Accessibility.problems(page, viewport));

        page.navigate(site.meetingPath());
        Forms.submitExpectingErrors(page, "form:has(#access-needs)");
        violations.addAll(Accessibility.problems(page, viewport));

        page.navigate("/staff/sign-in");
        page.locator("#email").fill("nobody@example.nhs.uk");
        page.locator("#password").fill("not the password");
        Forms.submitExpectingErrors(page, "form:has(#password)");
        violations.addAll(Accessibility.problems(page, viewport));

        for (String missing : List.of("/no-such-page", "/communities/atlantis", "/meetings/999999")) {
            Response notFound = page.navigate(missing);
            assertThat(notFound.status()).as(missing).isEqualTo(404);
            violations.addAll(Accessibility.problems(page, viewport));
        }
        Screenshots.save(page, "page-not-found", viewport);

        site.withoutTable("integrated_team_role", () -> {
            Response fault = page.navigate("/integrated-teams");
            assertThat(fault.status()).isEqualTo(500);
            assertThat(page.content()).doesNotContain("integrated_team_role").doesNotContain("Exception");
            violations.addAll(Accessibility.problems(page, viewport));
            Screenshots.save(page, "server-fault", viewport);
        });
        page.context().close();

        assertThat(violations).as("WCAG 2.2 AA violations in error states").isEmpty();
    }
}
