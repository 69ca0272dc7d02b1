package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

    /**
     * How many pages of one kind (the same template with other data, such as two communities' pages) are checked on a
     * phone: every page is checked on the desktop, and the phone, where the same template adds only its narrow
     * layout, checks a few of each kind so that the run stays quick.
     */
    private static final int PHONE_PAGES_OF_A_KIND = 3;

    /** More pages than the site has, with its reference data and the content of the test site. */
    private static final int MOST_PAGES = 400;

    /** The width a page must fit without scrolling sideways: 1280 px zoomed to 400 % (WCAG 1.4.10, reflow). */
    private static final int NARROWEST = 320;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void every_public_page_reached_from_the_home_page_has_no_wcag_violations_and_fits_320_px(
            Viewport viewport, Site site, Chromium chromium) {
        Page page = chromium.open(viewport, site.url());
        List<String> violations = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Integer> kinds = new HashMap<>();
        // The community with content first, so that its pages are among those checked of their kind.
        Deque<String> toVisit = new ArrayDeque<>(List.of("/", "/communities/kendal", site.meetingPath(),
                site.trackingPath(), site.registrationPath(), "/you-said-we-did", "/staff/sign-in"));
        while (!toVisit.isEmpty() && visited.size() < MOST_PAGES) {
            String address = toVisit.removeFirst();
            if (visited.contains(address) || viewport == Viewport.PHONE
                    && kinds.merge(kind(address), 1, Integer::sum) > PHONE_PAGES_OF_A_KIND) {
                continue;
            }
            visited.add(address);
            Response response = page.navigate(address);
            if (response == null || response.status() != 200) {
                failures.add(address + " answered " + (response == null ? "nothing" : response.status()));
                continue;
            }
            violations.addAll(problems(page, viewport));
            if (SCREENSHOTS.containsKey(address)) {
                Screenshots.save(page, SCREENSHOTS.get(address), viewport);
            }
            for (String link : links(page)) {
                if (!visited.contains(link)) {
                    toVisit.addLast(link);
                }
            }
        }
        page.context().close();
        System.out.printf("Accessibility at %s: %d pages checked%n", viewport, visited.size());

        assertThat(toVisit).as("links left unvisited after %d pages: the site's addresses never run out?", MOST_PAGES)
                .isEmpty();
        failures.addAll(violations);
        assertThat(failures).as("pages that did not answer 200, and WCAG 2.2 AA violations on %d pages",
                visited.size()).isEmpty();
        assertThat(visited).as("the pages crawled").contains("/", "/communities", "/communities/kendal",
                "/share-your-view", "/priorities", "/integrated-teams", "/you-said-we-did", "/partners",
                "/accessibility", "/privacy", "/contact", "/key-questions", "/staff/sign-in", site.meetingPath())
                .hasSizeGreaterThan(30);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void every_error_state_has_no_wcag_violations_and_fits_320_px(Viewport viewport, Site site, Chromium chromium) {
        Page page = chromium.open(viewport, site.url());
        List<String> violations = new ArrayList<>();

        page.navigate("/share-your-view");
        submitExpectingErrors(page, "form:has(#text)");
        violations.addAll(problems(page, viewport));
        Screenshots.save(page, "share-your-view-errors", viewport);

        page.navigate("/find?place=");
        violations.addAll(problems(page, viewport));
        page.navigate("/find?place=Atlantis");
        violations.addAll(problems(page, viewport));

        page.navigate(site.meetingPath());
        submitExpectingErrors(page, "form:has(#access-needs)");
        violations.addAll(problems(page, viewport));

        page.navigate("/staff/sign-in");
        page.locator("#email").fill("nobody@example.nhs.uk");
        page.locator("#password").fill("not the password");
        submitExpectingErrors(page, "form:has(#password)");
        violations.addAll(problems(page, viewport));

        for (String missing : List.of("/no-such-page", "/communities/atlantis", "/meetings/999999")) {
            Response notFound = page.navigate(missing);
            assertThat(notFound.status()).as(missing).isEqualTo(404);
            violations.addAll(problems(page, viewport));
        }
        Screenshots.save(page, "page-not-found", viewport);

        site.withoutTable("integrated_team_role", () -> {
            Response fault = page.navigate("/integrated-teams");
            assertThat(fault.status()).isEqualTo(500);
            assertThat(page.content()).doesNotContain("integrated_team_role").doesNotContain("Exception");
            violations.addAll(problems(page, viewport));
            Screenshots.save(page, "server-fault", viewport);
        });
        page.context().close();

        assertThat(violations).as("WCAG 2.2 AA violations in error states").isEmpty();
    }

    /** The page's WCAG violations, and on a phone whether it also fits the narrowest screen. */
    private static List<String> problems(Page page, Viewport viewport) {
        List<String> problems = new ArrayList<>(Accessibility.violations(page));
        if (viewport == Viewport.PHONE) {
            Accessibility.widerThan(page, NARROWEST).ifPresent(problems::add);
        }
        return problems;
    }

    /** Sends the form as it is and waits for the page that answers with an error summary. */
    private static void submitExpectingErrors(Page page, String form) {
        Response answer = page.waitForResponse(response -> response.request().method().equals("POST"),
                () -> page.locator(form + " button[type=submit]").click());
        page.waitForLoadState();
        assertThat(answer.status()).as("the answer to %s: %s", form, page.locator("main").textContent())
                .isIn(400, 401, 422);
        assertThat(page.locator(".govuk-error-summary").isVisible()).as("the error summary of %s", form).isTrue();
    }

    /**
     * What kind of page an address is: its first segment, how many segments it has and its last, and the names of its
     * query parameters. {@code /communities/kendal} and {@code /communities/lancaster} are of a kind;
     * {@code /communities/kendal/you-said-we-did} is of another.
     */
    private static String kind(String address) {
        URI uri = URI.create(address);
        String[] segments = uri.getRawPath().substring(1).split("/");
        String query = uri.getRawQuery() == null ? "" : Pattern.compile("=[^&]*").matcher(uri.getRawQuery())
                .replaceAll("");
        return segments[0] + "/" + segments.length + (segments.length > 2 ? "/" + segments[segments.length - 1] : "")
                + "?" + query;
    }

    /** The site's own page addresses the page links to, without fragments. */
    @SuppressWarnings("unchecked")
    private static List<String> links(Page page) {
        List<String> hrefs = (List<String>) page.evaluate(
                "() => Array.from(document.querySelectorAll('a[href]'), a => a.href)");
        String origin = URI.create(page.url()).resolve("/").toString();
        List<String> links = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(origin)) {
                continue;
            }
            URI uri = URI.create(href);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (!NOT_A_PUBLIC_PAGE.matcher(uri.getRawPath()).find()) {
                links.add(path);
            }
        }
        return links;
    }
}
