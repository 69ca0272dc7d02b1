package org.bettercaretogether.bootstrap.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop that makes a view count, with the keyboard alone at a phone's width and a laptop's: a person shares a
 * view; a member of staff signs in for the first time, publishes it, assigns it to their own organisation and
 * answers it; the public then read the view and its answer among the community's views, and the person on their
 * tracking page.
 */
@ExtendWith(BrowserTests.class)
@Order(5) // the shorter ones fill in after
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Site.DATABASE, mode = ResourceAccessMode.READ)
class StaffJourneyBrowserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Viewport.class)
    void staff_sign_in_moderate_and_answer_a_view_and_the_public_see_the_answer(Viewport viewport, Site site,
                                                                                Chromium chromium) {
        String words = "The Kendal minor injuries unit should stay open until ten " + UUID.randomUUID();
        String answer = "From March the unit stays open until ten on weekdays " + UUID.randomUUID();

        Page person = chromium.open(viewport, site.url());
        Keyboard personKeys = new Keyboard(person);
        person.navigate("/share-your-view");
        personKeys.choose(person.locator("#about-2")).select(person.locator("#community"), Site.COMMUNITY_NAME)
                .choose(person.locator("input[name=role][value=PATIENT]"))
                .fill(person.locator("#text"), words)
                .tick(person.locator("#consent-to-publish"))
                .tabTo(button(person, "Send your view")).enter();
        String reference = person.locator(".govuk-panel__body strong").textContent().strip();
        String tracking = person.locator("main a.govuk-link[href*='/track/']").first().getAttribute("href");

        Site.StaffCredentials credentials = site.newModeratorWhoAnswers();
        String newPassword = "three unrelated words " + UUID.randomUUID();
        Page staff = chromium.open(viewport, site.url());
        Keyboard keys = new Keyboard(staff);
        staff.navigate("/staff/sign-in");
        keys.fill(staff.locator("#email"), credentials.email())
                .fill(staff.locator("#password"), credentials.oneTimePassword())
                .tabTo(button(staff, "Sign in")).enter();
        assertThat(staff.url()).endsWith("/staff/password");
        keys.fill(staff.locator("#current-password"), credentials.oneTimePassword())
                .fill(staff.locator("#new-password"), newPassword)
                .fill(staff.locator("#confirm-password"), newPassword)
                .tabTo(staff.locator("form:has(#confirm-password) button[type=submit]")).enter();
        assertThat(staff.url()).endsWith("/staff/second-factor");
        keys.fill(staff.locator("#code"), Site.authenticatorCode(staff.locator("#secret").textContent()))
                .tabTo(button(staff, "Set up")).enter();
        keys.follow(link(staff, "Continue to the staff pages"));

        keys.follow(link(staff, "Moderation queue"));
        keys.follow(link(staff, reference));
        assertThat(staff.locator("main").textContent()).contains(words);
        keys.tabTo(button(staff, "Publish")).enter();
        assertThat(staff.locator("main").textContent()).contains("Published");

        keys.select(staff.locator("#partner"), "University Hospitals of Morecambe Bay")
                .tabTo(button(staff, "Assign")).enter();
        keys.fill(staff.locator("#response"), answer).tabTo(button(staff, "Save answer")).enter();
        Screenshots.save(staff, "staff-view-answered", viewport);
        staff.context().close();

        assertThat(publishedViewAmongTheCommunitys(person, words)).contains(answer);
        person.navigate(tracking);
        assertThat(person.locator("main").textContent()).contains("Answered").contains(answer);
        person.context().close();
    }

    /**
     * The card of the published view saying {@code words}, found as a reader would: among the community's views,
     * newest first, following the older pages. Other browser tests publish views about the same community meanwhile,
     * so it need not be among the few newest that the community's own page shows.
     */
    private static String publishedViewAmongTheCommunitys(Page person, String words) {
        person.navigate("/views?community=" + Site.COMMUNITY);
        for (int page = 1; ; page++) {
            Locator card = person.locator("main .govuk-summary-card").filter(new Locator.FilterOptions().setHasText(words));
            if (card.count() > 0) {
                return card.first().textContent();
            }
            Locator older = person.locator("a[rel=next]");
            assertThat(older.count()).as("the view is on one of the community's pages of views (read %d)", page)
                    .isPositive();
            person.navigate(older.first().getAttribute("href"));
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }
}
