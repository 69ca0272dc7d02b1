package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, found by following the links from the home page, and every error state a person can meet (but
 * a fault in the server: {@link ServerFaultPageBrowserTest}), checked by axe-core against WCAG 2.2 AA in Chromium at
 * a laptop's width and a phone's: each page is loaded once and resized for the second.
 */
@ExtendWith(BrowserTests.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(3) // the longest browser tests start first
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class PublicPagesAccessibilityBrowserTest {

    /** Addresses that are not pages for people, or not public, or are reached only by a private link. */
    private static final Pattern NOT_A_PUBLIC_PAGE = Pattern.compile(
            "^/(api|webjars|assets|health|metrics|track|registrations)(/.*)?$|^/staff(?!/sign-in$)(/.*)?$"
                    + "|\\.(ics|csv|json|css|js|png|svg|ico)$");

    /** The pages whose screenshots are worth a look after every run (and in the README). */
    private static final Map<String, String> SCREENSHOTS = Map.of("/", "home", "/communities/kendal", "community",
            "/share-your-view", "share-your-view", "/communities", "communities", "/priorities", "priorities",
            "/key-questions", "key-questions", "/open-data", "open-data", "/insights", "insights",
            "/consultations/planned-care-closer-to-home/results", "consultation-results",
            "/communities/kendal/projects", "projects-kendal");

    @Test
    @Order(1)
    void every_public_page_reached_from_the_home_page_has_no_wcag_violations_on_a_laptop_or_a_phone_and_fits_320_px(
            Site site, Chromium chromium) {
        Page page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        // A few pages of each kind on the laptop, fewer on the phone, where the same template adds only its narrow
        // layout. The community with content first, so that its pages are among those.
        Crawl crawl = Crawl.walk(page, Map.of(Viewport.DESKTOP, Crawl.LAPTOP_PAGES_OF_A_KIND,
                        Viewport.PHONE, Crawl.PHONE_PAGES_OF_A_KIND), path -> !NOT_A_PUBLIC_PAGE.matcher(path).find(),
                List.of("/", "/communities/kendal", site.meetingPath(), site.trackingPath(), site.registrationPath(),
                        "/you-said-we-did", "/staff/sign-in", "/search?q=waiting", "/insights",
                        "/insights?community=kendal&respondent=patient&from=2024-01", "/communities/kendal/projects",
                        "/projects?near=LA9&free=true", "/projects/suggest/sent"), (address, viewport) -> {
                    if (SCREENSHOTS.containsKey(address)) {
                        Screenshots.save(page, SCREENSHOTS.get(address), viewport);
                    }
                });
        page.context().close();
        for (Viewport viewport : Viewport.values()) {
            System.out.printf("Accessibility at %s: %d pages checked%n", viewport, crawl.checkedAt(viewport).size());
        }

        assertThat(crawl.unvisited()).as("links left unvisited after %d pages: the site's addresses never run out?",
                Crawl.MOST_PAGES).isEmpty();
        assertThat(crawl.problems()).as("pages that did not answer 200, and WCAG 2.2 AA violations on %d pages",
                crawl.visited().size()).isEmpty();
        assertThat(crawl.visited()).as("following by email, from the page of what is followed")
                .anyMatch(path -> path.matches("/consultations/[^/]+/follow"))
                .anyMatch(path -> path.matches("/communities/[^/]+/follow"))
                .anyMatch(path -> path.matches("/workstreams/[^/]+/follow"));
        assertThat(crawl.visited()).as("answering a consultation, from its page").contains(
                "/consultations/maternity-and-newborn-care/respond",
                "/consultations/maternity-and-newborn-care/respond/support");
        for (Viewport viewport : Viewport.values()) {
            assertThat(crawl.checkedAt(viewport)).as("the pages checked at %s", viewport).contains("/",
                    "/communities", "/communities/kendal", "/share-your-view", "/priorities", "/integrated-teams",
                    "/you-said-we-did", "/partners", "/accessibility", "/privacy", "/contact", "/key-questions",
                    "/staff/sign-in", site.meetingPath(), "/search", "/search?q=waiting", "/developers",
                    "/open-data", "/open-data/data-dictionary", "/insights",
                    "/insights?community=kendal&respondent=patient&from=2024-01")
                    .hasSizeGreaterThan(30);
        }
    }

    @Test
    @Order(2)
    void every_error_state_has_no_wcag_violations_on_a_laptop_or_a_phone_and_fits_320_px(Site site,
                                                                                        Chromium chromium) {
        Page page = Accessibility.checking(chromium.open(Viewport.DESKTOP, site.url()));
        List<String> violations = new ArrayList<>();

        page.navigate("/share-your-view");
        Forms.submitExpectingErrors(page, "form:has(#text)");
        violations.addAll(Accessibility.problems(page, EnumSet.allOf(Viewport.class),
                viewport -> Screenshots.save(page, "share-your-view-errors", viewport)));

        page.navigate("/find?place=");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/find?place=Atlantis");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        page.navigate("/search?q=waiting&from=yesterday");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/search?q=" + "x".repeat(1_001));
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/insights?from=last+year&channel=pigeon");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/insights?from=2026-12&to=2026-01");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        page.navigate(site.meetingPath());
        Forms.submitExpectingErrors(page, "form:has(#access-needs)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        page.navigate("/projects?near=Atlantis&category=knitting");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        page.navigate("/projects/suggest");
        Forms.submitExpectingErrors(page, "form:has(#offer)");
        violations.addAll(Accessibility.problems(page, EnumSet.allOf(Viewport.class),
                viewport -> Screenshots.save(page, "projects-suggest-errors", viewport)));
        page.navigate("/projects?near=LA9");
        page.navigate(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Site.PROJECT).setExact(true))
                .first().getAttribute("href") + "/report");
        Forms.submitExpectingErrors(page, "form:has(#details)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        page.navigate("/consultations/maternity-and-newborn-care/respond/support");
        Forms.submitExpectingErrors(page, "form:has(#support)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        page.navigate("/consultations/" + Site.OPEN_CONSULTATION + "/respond/support");
        page.locator("#support-2").check();
        Forms.submit(page, page.locator("form:has(#support)"));
        Forms.submit(page, page.locator("form:has(#community)"));
        page.locator("#email").fill("not an address");
        Forms.submitExpectingErrors(page, "form:has(#email)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        Accessibility.showAt(page, Viewport.DESKTOP);

        page.navigate("/consultations/" + Site.OPEN_CONSULTATION + "/follow");
        Forms.submitExpectingErrors(page, "form:has(#email)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        Accessibility.showAt(page, Viewport.DESKTOP);
        page.locator("#email").fill("browser.reader@example.org");
        Forms.submit(page, page.locator("form:has(#email)"));
        assertThat(page.url()).endsWith("/follow/check-your-email");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));
        Site.FollowLinks mailed = site.followLinks();
        for (String link : List.of(mailed.confirm(), mailed.unsubscribe())) {
            assertThat(page.navigate(link).status()).as(link).isEqualTo(200);
            violations.addAll(Accessibility.problemsAtEveryWidth(page));
        }

        page.navigate("/staff/sign-in");
        page.locator("#email").fill("nobody@example.nhs.uk");
        page.locator("#password").fill("not the password");
        Forms.submitExpectingErrors(page, "form:has(#password)");
        violations.addAll(Accessibility.problemsAtEveryWidth(page));

        List<String> missingPages = List.of("/no-such-page", "/communities/atlantis", "/meetings/999999");
        for (String missing : missingPages) {
            Response notFound = page.navigate(missing);
            assertThat(notFound.status()).as(missing).isEqualTo(404);
            boolean last = missing.equals(missingPages.getLast());
            violations.addAll(Accessibility.problems(page, EnumSet.allOf(Viewport.class), viewport -> {
                if (last) {
                    Screenshots.save(page, "page-not-found", viewport);
                }
            }));
        }
        // The page of a fault in the server: ServerFaultPageBrowserTest, which holds the site's database alone.
        page.context().close();

        assertThat(violations).as("WCAG 2.2 AA violations in error states").isEmpty();
    }
}
